package io.nianbao.store.service.view;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The three tables rebuilt from the long-form cells: section 二 row -> column -> value, section 三 row -> the seven
 * applicant columns, section 四 group -> column -> value. A table the report lacks is absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tables(Map<String, Map<String, BigDecimal>> activeDisclosure, Map<String, List<BigDecimal>> applications,
                     Map<String, Map<String, BigDecimal>> reviewLitigation) {
}
