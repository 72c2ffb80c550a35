package com.salesdiag.bench;

import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.internal.scenario.ScenarioFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated company as the JSON body of {@code POST /api/v1/diagnoses}, for the HTTP load test:
 * {@code java -cp benchmarks/target/benchmarks.jar com.salesdiag.bench.WritePayload SALESPEOPLE FILE [SEED]}.
 */
public final class WritePayload {

    private WritePayload() {
    }

    public static void main(String[] args) throws IOException {
        int salespeople = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        CompanyFacts facts = Companies.of(salespeople, seed);
        Files.writeString(file, ScenarioFiles.mapper().writeValueAsString(facts));
        System.out.printf("%s: %d salespeople, %d facts, %d bytes%n", file, facts.salespeople().size(),
                Companies.factCount(facts), Files.size(file));
    }
}
