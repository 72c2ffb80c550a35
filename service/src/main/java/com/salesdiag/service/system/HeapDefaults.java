package com.salesdiag.service.system;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The memory settings the service can make itself, for {@code java -jar} without flags: the heap's bound cannot be
 * changed once the JVM runs, but how much of it the JVM keeps can. With the garbage collector the JVM picks here
 * (G1), and unless the flag was given on the command line:
 * <ul>
 *   <li>{@code MinHeapFreeRatio=10}, {@code MaxHeapFreeRatio=30}: after a collection that finds the heap mostly
 *       free, give the surplus back to the system, rather than keep 70 % free;</li>
 *   <li>{@code G1PeriodicGCInterval=30000}: after 30 s without a collection, collect once, so that memory a burst
 *       of large diagnoses grew is returned while the service is idle (JEP 346).</li>
 * </ul>
 * When no {@code -Xmx} was given, the JVM may grow the heap to a quarter of the machine's memory: a warning says
 * so, once, with the bound to give (docs/operations.md, "Memory").
 */
@Component
class HeapDefaults {

    private static final Logger log = LoggerFactory.getLogger(HeapDefaults.class);
    /** Heaps above twice this are worth a bound: the JVM grows them after large diagnoses. */
    static final long ADVISED_HEAP = 1L << 30;

    HeapDefaults() {
        apply(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class), isG1());
    }

    /** The flags set, by name, with their values. */
    static Map<String, String> apply(HotSpotDiagnosticMXBean vm, boolean g1) {
        Map<String, String> set = new LinkedHashMap<>();
        if (g1) {
            // Min first: the JVM refuses a MaxHeapFreeRatio below the MinHeapFreeRatio in force.
            setIfDefault(vm, "MinHeapFreeRatio", "10", set);
            setIfDefault(vm, "MaxHeapFreeRatio", "30", set);
            setIfDefault(vm, "G1PeriodicGCInterval", "30000", set);
        }
        VMOption bound = vm.getVMOption("MaxHeapSize");
        long max = Runtime.getRuntime().maxMemory();
        if (bound.getOrigin() != VMOption.Origin.VM_CREATION && max > 2 * ADVISED_HEAP) {
            log.warn("No heap bound was given (-Xmx): the JVM may grow the heap to {} MB, and large diagnoses make it "
                    + "grow; start with -Xmx (e.g. -Xmx2g) to bound it",
                    max >> 20);
        }
        if (!set.isEmpty()) {
            log.info("Heap given back when free: {}", set);
        }
        return set;
    }

    private static void setIfDefault(HotSpotDiagnosticMXBean vm, String flag, String value, Map<String, String> set) {
        try {
            if (vm.getVMOption(flag).getOrigin() == VMOption.Origin.DEFAULT) {
                vm.setVMOption(flag, value);
                set.put(flag, value);
            }
        } catch (IllegalArgumentException | SecurityException refused) {
            log.debug("{} left as it is: {}", flag, refused.getMessage());
        }
    }

    private static boolean isG1() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .anyMatch(name -> name.startsWith("G1"));
    }
}
