package vn.ansinh.orgunit;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.shared.NotFoundException;

/**
 * Reads the units of the administration. Units are data: wards are renamed and merged over time,
 * so lists are always asked for "as in year y".
 */
@Service
@Transactional(readOnly = true)
public class OrgUnitService {

    private final OrgUnitRepository units;

    OrgUnitService(OrgUnitRepository units) {
        this.units = units;
    }

    /**
     * @param id unit id
     * @return the unit
     * @throws NotFoundException when there is no such unit
     */
    public OrgUnit get(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("org unit " + id));
    }

    /**
     * The territories for which indicator values can be recorded: the district itself first, then its wards,
     * as they existed in {@code year}.
     *
     * @param districtId the district (usually the plan's issuing unit)
     * @param year       the calendar year
     * @return the district followed by its wards valid in that year, wards ordered by GSO code
     */
    public List<OrgUnit> territoriesIn(long districtId, int year) {
        return units.findTerritoriesUnder(districtId).stream().filter(u -> u.isValidIn(year)).toList();
    }

    /**
     * @param districtId the district
     * @return the district and every ward it has ever had, whatever their validity, wards by GSO code
     */
    public List<OrgUnit> territoriesEver(long districtId) {
        return units.findTerritoriesUnder(districtId);
    }
}
