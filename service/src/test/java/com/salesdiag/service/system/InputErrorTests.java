package com.salesdiag.service.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputErrorTests {

    @Test
    void fieldPathsBecomeJsonPointers() {
        assertThat(InputError.pointerOf("salespeople[3].departmentId")).isEqualTo("/salespeople/3/departmentId");
        assertThat(InputError.pointerOf("salespeople[0].productIds[1]")).isEqualTo("/salespeople/0/productIds/1");
        assertThat(InputError.pointerOf("period")).isEqualTo("/period");
        assertThat(InputError.pointerOf("")).isEmpty();
    }
}
