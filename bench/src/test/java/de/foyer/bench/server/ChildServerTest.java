package de.foyer.bench.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChildServerTest {

    @Test
    void addsUpTheHeapPoolsOfPrometheusText() {
        String metrics = """
                # HELP jvm_memory_used_bytes The amount of used memory
                # TYPE jvm_memory_used_bytes gauge
                jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 0.0
                jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 2.5E7
                jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 4.0E7
                jvm_memory_used_bytes{area="heap",id="G1 Survivor Space"} 1000000.0
                jvm_memory_max_bytes{area="heap",id="G1 Old Gen"} 5.36870912E8
                """;

        assertThat(ChildServer.heapUsed(metrics)).isEqualTo(2.6E7);
    }
}
