package vn.ansinh.orgunit;

/**
 * Kinds of unit that appear in a plan: administrative levels (city, district, ward) and the
 * bodies that carry the plan out (departments, agencies such as the district health centre or
 * social insurance office, and mass organisations such as the Fatherland Front).
 */
public enum OrgUnitKind {
    /** Thành phố trực thuộc trung ương (GSO province-level code, e.g. 31 for Hải Phòng). */
    CITY,
    /** Quận / huyện (GSO district code, e.g. 306 for Hải An). */
    DISTRICT,
    /** Phường / xã (GSO commune code, e.g. 11422 for Cát Bi). */
    WARD,
    /** Phòng chuyên môn thuộc Ủy ban nhân dân quận. */
    DEPARTMENT,
    /** Cơ quan, đơn vị khác (trung tâm, bảo hiểm xã hội, chi cục thống kê, ban chỉ huy quân sự). */
    AGENCY,
    /** Mặt trận Tổ quốc và các tổ chức chính trị - xã hội. */
    MASS_ORGANISATION;

    /** @return whether values of indicators are recorded for units of this kind (territories, not bodies) */
    public boolean isTerritorial() {
        return this == CITY || this == DISTRICT || this == WARD;
    }
}
