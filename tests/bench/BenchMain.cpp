// houqin_bench: Google Benchmark over the repository and the dashboard on demo data (BenchFixture.h).
#include "BenchFixture.h"
#include "domain/ProcessSetup.h"

#include <QGuiApplication>
#include <benchmark/benchmark.h>

namespace houqin::bench {
void registerAttentionBenchmarks(); // CanteenBench.cpp: one per attention item, known only at run time
void printSafetyPlans();            // SafetyBench.cpp: the query plans, with HOUQIN_BENCH_PLANS=1
} // namespace houqin::bench

int main(int argc, char** argv) {
    houqin::cacheTimeZone(); // as the app does
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    houqin::bench::registerAttentionBenchmarks();
    houqin::bench::db(); // generate before timing starts
    houqin::bench::printSafetyPlans();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
