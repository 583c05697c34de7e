#include "Commands.h"
#include "reports/ReportRegistry.h"

#include <QCoreApplication>

namespace houqin::cli {

QString periodOption(reports::Period::Kind kind) {
    switch (kind) {
    case reports::Period::Kind::Day:
        return QStringLiteral("--date YYYY-MM-DD");
    case reports::Period::Kind::Week:
        return QStringLiteral("--week YYYY-Www");
    case reports::Period::Kind::Month:
        return QStringLiteral("--month YYYY-MM");
    case reports::Period::Kind::None:
        break;
    }
    return {};
}

namespace {
class ReportsCommand : public Command {
public:
    QString name() const override { return QStringLiteral("reports"); }
    QString summary() const override {
        return QCoreApplication::translate("Cli", "List the printable reports.");
    }
    int run(Context& ctx, const QStringList& args) override {
        QCommandLineParser parser;
        if (int rc = parse(ctx, parser, args); rc >= 0)
            return rc;
        for (const reports::ReportDef& r : reports::allReports()) {
            // A report with a blank form (the paper round's sheet) says so: --blank prints it.
            const QString blank = r.blankable() ? QStringLiteral(" [--blank]") : QString();
            ctx.out << r.key << '\t' << r.displayLabel() << '\t' << periodOption(r.period) << blank << '\n';
        }
        ctx.out << QCoreApplication::translate(
                       "Cli", "Any record kind key (see: houqin kinds) also prints that kind's "
                              "list, for the period given.")
                << '\n';
        return kOk;
    }
};
} // namespace

std::unique_ptr<Command> makeReportsCommand() {
    return std::make_unique<ReportsCommand>();
}

} // namespace houqin::cli
