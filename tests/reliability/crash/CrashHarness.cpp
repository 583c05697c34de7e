// The crash harness: starts a writing houqin process, kills it with SIGKILL at a random moment, and checks
// the file it leaves (see docs/reliability.md). Run `houqin_crash --help`.
#include "CrashCycle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <map>
#include <numeric>

using namespace houqin::reliability;

namespace {
qint64 percentile(QList<qint64> v, int p) {
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, v.size() * p / 100));
}

int fail(const QString& message) {
    std::fprintf(stderr, "houqin_crash: %s\n", qPrintable(message));
    return 2;
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Kills a writing houqin process at random moments and checks the file after each kill."));
    parser.addHelpOption();
    const QCommandLineOption binary(QStringLiteral("binary"), QStringLiteral("The houqin executable."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption cycles(QStringLiteral("cycles"), QStringLiteral("How many cycles (default 50)."),
                                    QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QStringLiteral("Seed of the scenario order and kill moments (default: the time)."),
        QStringLiteral("S"));
    const QCommandLineOption first(QStringLiteral("first"),
                                   QStringLiteral("Number of the first cycle, to repeat one cycle of a run."),
                                   QStringLiteral("K"), QStringLiteral("0"));
    const QCommandLineOption rows(QStringLiteral("rows"),
                                  QStringLiteral("Rows of the import scenario (default 1000)."),
                                  QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption only(QStringLiteral("scenarios"),
                                  QStringLiteral("Comma-separated scenarios to run (default: all)."),
                                  QStringLiteral("LIST"));
    const QCommandLineOption work(
        QStringLiteral("work"),
        QStringLiteral("Folder for the files (default: a temporary one, kept on failure)."),
        QStringLiteral("DIR"));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the scenarios and exit."));
    parser.addOptions({binary, cycles, seed, first, rows, only, work, list});
    parser.process(app);

    if (parser.isSet(list)) {
        for (const Scenario& s : scenarios())
            std::printf("%-10s %s (share %d)\n", qPrintable(s.name), qPrintable(s.what), s.share);
        return 0;
    }
    if (!parser.isSet(binary))
        return fail(QStringLiteral("--binary FILE is required"));
    const int cycleCount = parser.value(cycles).toInt();
    const int firstCycle = parser.value(first).toInt();
    const quint64 runSeed =
        parser.isSet(seed) ? parser.value(seed).toULongLong() : quint64(QDateTime::currentMSecsSinceEpoch());
    QTemporaryDir temp;
    const QString workDir = parser.isSet(work) ? parser.value(work) : temp.path();
    const HouqinProcess houqin(parser.value(binary), workDir + QStringLiteral("/home"));
    const QStringList wanted = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);

    std::printf("crash harness: seed %llu, cycles %d from %d, import rows %d\n", (unsigned long long)runSeed,
                cycleCount, firstCycle, parser.value(rows).toInt());
    std::printf("to repeat: houqin_crash --binary %s --seed %llu --cycles %d --first %d --rows %d%s%s\n",
                qPrintable(houqin.binary()), (unsigned long long)runSeed, cycleCount, firstCycle,
                parser.value(rows).toInt(), wanted.isEmpty() ? "" : " --scenarios ",
                qPrintable(wanted.join(QLatin1Char(','))));
    CrashCycles runner(houqin, workDir, parser.value(rows).toInt());
    if (QString e = runner.makeBases(); !e.isEmpty())
        return fail(e);
    QList<Scenario> active;
    for (const Scenario& s : scenarios()) {
        if (!wanted.isEmpty() && !wanted.contains(s.name))
            continue;
        if (!houqin.hasCommand(s.command)) {
            std::printf("scenario %s skipped: this houqin has no \"%s\" command\n", qPrintable(s.name),
                        qPrintable(s.command));
            continue;
        }
        if (QString e = runner.calibrate(s); !e.isEmpty())
            return fail(e);
        std::printf("scenario %-10s a whole run: %lld ms, %s\n", qPrintable(s.name),
                    (long long)runner.reference(s).runMs, qPrintable(describe(runner.reference(s).delta)));
        active << s;
    }
    if (active.isEmpty())
        return fail(QStringLiteral("no scenario to run"));

    // The order of one round: each scenario as often as its share, interleaved.
    QList<const Scenario*> round;
    for (int r = 0; round.size() < std::accumulate(active.begin(), active.end(), 0,
                                                   [](int n, const Scenario&s) { return n + s.share; });
         ++r)
        for (const Scenario& s : active)
            if (s.share > r)
                round << &s;

    QList<qint64> cycleTimes;
    std::map<QString, std::map<Outcome, int>> tally;
    int failures = 0;
    for (int c = firstCycle; c < firstCycle + cycleCount; ++c) {
        // Each cycle has its own generator, so --first K repeats cycle K of a run alone.
        std::mt19937_64 rng(runSeed * 1000003ULL + quint64(c));
        const Scenario& s = *round.at(c % round.size());
        const CycleResult r = runner.run(s, c, rng);
        cycleTimes << r.cycleMs;
        ++tally[r.scenario][r.outcome];
        std::printf("cycle %4d %-10s kill at %5lld ms: %s (%lld ms)%s%s\n", c, qPrintable(r.scenario),
                    (long long)r.killAfterMs, outcomeName(r.outcome), (long long)r.cycleMs,
                    r.problem.isEmpty() ? "" : "\n    ", qPrintable(r.problem));
        std::fflush(stdout);
        if (r.outcome == Outcome::Failed) {
            ++failures;
            temp.setAutoRemove(false);
            // Keep the failed cycle's files for a look, and go on with the next cycle.
            QDir(workDir).rename(QStringLiteral("cycle"), QStringLiteral("failed-cycle-%1").arg(c));
            std::printf("    files kept in %s/failed-cycle-%d\n", qPrintable(workDir), c);
        }
    }

    std::printf("\nsummary: %d cycles, %d failures; cycle time median %lld ms, 90th percentile %lld ms, max "
                "%lld ms\n",
                cycleCount, failures, (long long)percentile(cycleTimes, 50),
                (long long)percentile(cycleTimes, 90), (long long)percentile(cycleTimes, 100));
    for (const auto& [name, outcomes] : tally) {
        std::printf("  %-10s", qPrintable(name));
        for (const auto& [o, n] : outcomes)
            std::printf("  %s: %d", outcomeName(o), n);
        std::printf("\n");
    }
    return failures == 0 ? 0 : 1;
}
