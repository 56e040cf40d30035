package vn.ansinh.target;

/**
 * Policy areas used to group targets (labels in {@code messages.properties}, key {@code area.*}).
 */
public enum Area {
    /** Người có công với cách mạng. */
    MERITORIOUS,
    /** Lao động, việc làm. */
    LABOUR,
    /** Bảo hiểm xã hội. */
    SOCIAL_INSURANCE,
    /** Trợ giúp xã hội, giảm nghèo. */
    SOCIAL_ASSISTANCE,
    /** Giáo dục, đào tạo. */
    EDUCATION,
    /** Y tế, dân số. */
    HEALTH,
    /** Nhà ở. */
    HOUSING,
    /** Nước sạch, vệ sinh môi trường. */
    WATER_ENVIRONMENT
}
