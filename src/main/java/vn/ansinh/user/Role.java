package vn.ansinh.user;

/**
 * Roles of the app (labels under {@code role.*}).
 */
public enum Role {
    /** Quản trị hệ thống: everything, including accounts. */
    ADMIN,
    /** Cán bộ Phòng LĐTBXH / văn phòng quận: enters indicator values for any target and unit. */
    DISTRICT_STAFF,
    /** Cán bộ phòng, ban, ngành: enters values of the targets their unit is responsible for. */
    DEPARTMENT_OFFICER,
    /** Cán bộ phường: submits the ward's annual report; cannot enter district values. */
    WARD_OFFICER,
    /** Lãnh đạo: reads everything, writes nothing. */
    LEADER
}
