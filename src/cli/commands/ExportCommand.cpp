#include "Commands.h"
#include "cli/TerminalProgress.h"
#include "domain/KindRegistry.h"
#include "domain/ValueFormat.h"
#include "io/Csv.h"
#include "io/RecordFiles.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>

namespace houqin::cli {

bool parseDateOption(Context& ctx, const QString& option, const QString& text, QDate* out) {
    const valuefmt::Parsed p = valuefmt::parse(field::date(QStringLiteral("date"), "Date"), text);
    if (!p.ok() || p.value.isNull()) {
        ctx.usage(QCoreApplication::translate("Cli", "--%1: %2").arg(option, p.ok() ? text : p.error));
        return false;
    }
    *out = p.value.toDate();
    return true;
}

namespace {
class ExportCommand : public Command {
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override {
        return QCoreApplication::translate(
            "Cli",
            "Export a record kind as CSV (UTF-8 with BOM, for Excel), or as a workbook when FILE ends in "
            ".xlsx.");
    }
    int run(Context& ctx, const QStringList& args) override {
        QCommandLineParser parser;
        parser.addPositionalArgument(
            QStringLiteral("KIND"),
            QCoreApplication::translate("Cli", "Record kind key (see: houqin kinds)."));
        const QCommandLineOption output(
            {QStringLiteral("o"), QStringLiteral("output")},
            QCoreApplication::translate("Cli",
                                        "Write to FILE instead of standard output (.xlsx: a workbook)."),
            QStringLiteral("FILE"));
        const QCommandLineOption keys(
            QStringLiteral("keys"),
            QCoreApplication::translate("Cli", "Header of field keys and language-neutral values."));
        const QCommandLineOption from(QStringLiteral("from"),
                                      QCoreApplication::translate("Cli", "First date to include."),
                                      QStringLiteral("DATE"));
        const QCommandLineOption to(QStringLiteral("to"),
                                    QCoreApplication::translate("Cli", "Last date to include."),
                                    QStringLiteral("DATE"));
        parser.addOptions({output, keys, from, to});
        if (int rc = parse(ctx, parser, args); rc >= 0)
            return rc;
        const QStringList pos = parser.positionalArguments();
        if (pos.size() != 1)
            return ctx.usage(QCoreApplication::translate("Cli", "export needs exactly one KIND."));
        const RecordKind* kind = findKind(pos.first());
        if (!kind)
            return ctx.usage(
                QCoreApplication::translate("Cli", "Unknown record kind \"%1\" (see: houqin kinds).")
                    .arg(pos.first()));
        io::ExportOptions options;
        options.keys = parser.isSet(keys);
        if (parser.isSet(from) &&
            !parseDateOption(ctx, QStringLiteral("from"), parser.value(from), &options.query.from))
            return kUsage;
        if (parser.isSet(to) &&
            !parseDateOption(ctx, QStringLiteral("to"), parser.value(to), &options.query.to))
            return kUsage;
        if (options.query.from.isValid() && options.query.to.isValid() &&
            options.query.from > options.query.to)
            return ctx.usage(QCoreApplication::translate("Cli", "--from is after --to."));
        if ((parser.isSet(from) || parser.isSet(to)) && kind->dateField.isEmpty())
            return ctx.usage(
                QCoreApplication::translate("Cli", "%1 has no date to filter on.").arg(kind->key));
        Database* db = ctx.db();
        if (!db)
            return ctx.failure();
        if (!ctx.allows(kind->key, access::Action::Export))
            return ctx.refuse(kind->key, access::Action::Export);
        const RecordRepository repo(*db, *kind);
        TerminalProgress progress(ctx.err,
                                  QCoreApplication::translate("Cli", "Exporting %1…").arg(kind->key));
        options.progress = progress.callback();
        if (parser.isSet(output)) {
            if (Status s = io::exportFile(repo, options, parser.value(output)); !s)
                return ctx.fail(s.error());
            return kOk;
        }
        // Standard output gets each row as it is made, so an export of any size runs in little memory.
        ctx.out.flush();
        auto write = [&ctx](const QByteArray& bytes) {
            if (ctx.out.device())
                ctx.out.device()->write(bytes);
            else if (ctx.out.string())
                ctx.out << QString::fromUtf8(bytes);
        };
        write(QByteArray(io::kCsvBom));
        auto rows = io::exportRows(repo, options, [&write](const QStringList& cells) {
            write(io::csvLine(cells));
            return Status();
        });
        if (!rows)
            return ctx.fail(rows.error());
        return kOk;
    }
};
} // namespace

std::unique_ptr<Command> makeExportCommand() {
    return std::make_unique<ExportCommand>();
}

} // namespace houqin::cli
