package com.salesdiag.service.system;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

class HeapDefaultsTests {

    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void theHeapIsGivenBackWhenMostlyFreeAndAfterIdleTimeUnlessTheCommandLineSaidOtherwise() {
        boolean fromCommandLine = vm.getVMOption("MaxHeapFreeRatio").getOrigin() == VMOption.Origin.VM_CREATION;

        HeapDefaults.apply(vm, true);

        if (!fromCommandLine) {
            assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo("10");
            assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("30");
            assertThat(vm.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo("30000");
        }
        assertThat(HeapDefaults.apply(vm, true)).as("a flag already set is left as it is").isEmpty();
    }

    @Test
    void anotherCollectorIsLeftAlone() {
        assertThat(HeapDefaults.apply(vm, false)).isEmpty();
    }
}
