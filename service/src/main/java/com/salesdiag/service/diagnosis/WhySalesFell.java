package com.salesdiag.service.diagnosis;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "The short answer to \"why did sales fall?\" for the company and each department")
public record WhySalesFell(ShortfallAnswer company, List<ShortfallAnswer> departments) {
}
