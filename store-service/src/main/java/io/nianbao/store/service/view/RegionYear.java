package io.nianbao.store.service.view;

import java.math.BigDecimal;

/**
 * GET /api/aggregates/applications: applications received (newReceived total) in a region and year over current
 * reports; regionName / fullName from the GB/T 2260 table (io.nianbao.template.Divisions), null for an unknown code.
 */
public record RegionYear(String region, String regionName, String fullName, Integer year, BigDecimal newReceived,
                         Long reports) {
}
