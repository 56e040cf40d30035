package vn.ansinh.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The new-password rules: length, login name, common passwords. */
class PasswordPolicyTests {

    @Test
    void rules() {
        assertThat(PasswordPolicy.problem("pb.catbi", "ngan-9")).isEqualTo("account.error.password");
        assertThat(PasswordPolicy.problem("pb.catbi", "123456789")).isEqualTo("account.error.password");
        assertThat(PasswordPolicy.problem("pb.catbi", "PB.CatBi-2025")).isEqualTo("account.error.passwordUsername");
        assertThat(PasswordPolicy.problem("pb.catbi", "Matkhau12345")).isEqualTo("account.error.passwordCommon");
        assertThat(PasswordPolicy.problem("pb.catbi", "qwertyuiop")).isEqualTo("account.error.passwordCommon");
        assertThat(PasswordPolicy.problem("pb.catbi", "aaaaaaaaaaaa")).isEqualTo("account.error.passwordCommon");
        assertThat(PasswordPolicy.problem("pb.catbi", "Mật-khẩu-2025")).isNull();
        assertThat(PasswordPolicy.problem(null, "hoa-phuong-do-7")).isNull();
    }
}
