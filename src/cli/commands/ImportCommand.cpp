#include "Commands.h"
#include "cli/TerminalProgress.h"
#include "domain/Actor.h"
#include "domain/KindRegistry.h"
#include "io/RecordFiles.h"

#include <QCoreApplication>

namespace houqin::cli {

namespace {
class ImportCommand : public Command {
public:
    QString name() const override { return QStringLiteral("import"); }
    bool writes(const QStringList&) const override { return true; }
    QString summary() const override {
        return QCoreApplication::translate(
            "Cli", "Import a CSV or .xlsx file into a record kind: all rows or none.");
    }
    int run(Context& ctx, const QStringList& args) override {
        QCommandLineParser parser;
        parser.addPositionalArgument(
            QStringLiteral("KIND"),
            QCoreApplication::translate("Cli", "Record kind key (see: houqin kinds)."));
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QCoreApplication::translate("Cli", "CSV or .xlsx file to import."));
        const QCommandLineOption update(
            QStringLiteral("update"),
            QCoreApplication::translate("Cli", "Rows with a record ID of this database update that record; "
                                               "rows without one are added."));
        const QCommandLineOption insertOnly(
            QStringLiteral("insert-only"),
            QCoreApplication::translate("Cli",
                                        "Ignore the record ID column and add every row as a new record."));
        const QCommandLineOption sheet(
            QStringLiteral("sheet"),
            QCoreApplication::translate("Cli",
                                        "The sheet of an .xlsx workbook to import (default: the first)."),
            QStringLiteral("NAME"));
        parser.addOptions({update, insertOnly, sheet});
        if (int rc = parse(ctx, parser, args); rc >= 0)
            return rc;
        const QStringList pos = parser.positionalArguments();
        if (pos.size() != 2)
            return ctx.usage(QCoreApplication::translate("Cli", "import needs a KIND and a FILE."));
        const RecordKind* kind = findKind(pos.at(0));
        if (!kind)
            return ctx.usage(
                QCoreApplication::translate("Cli", "Unknown record kind \"%1\" (see: houqin kinds).")
                    .arg(pos.at(0)));
        if (parser.isSet(update) && parser.isSet(insertOnly))
            return ctx.usage(QCoreApplication::translate("Cli", "Give --update or --insert-only, not both."));
        Database* db =
            ctx.writableDb(QCoreApplication::translate("Cli", "import %1").arg(kind->displayLabel()));
        if (!db)
            return ctx.failure();
        if (!ctx.allows(kind->key, access::Action::Import))
            return ctx.refuse(kind->key, access::Action::Import);
        RecordRepository repo(*db, *kind);
        io::ImportOptions options;
        options.ids = parser.isSet(insertOnly) ? io::IdMode::InsertOnly : io::IdMode::Update;
        // Without a choice, look first: a file with record IDs waits for --update or --insert-only.
        const bool chosen = parser.isSet(update) || parser.isSet(insertOnly);
        options.askIfIds = !chosen;
        std::optional<Result<io::ImportResult>> imported;
        {
            TerminalProgress progress(ctx.err,
                                      QCoreApplication::translate("Cli", "Importing %1…").arg(pos.at(1)));
            options.progress = progress.callback();
            imported = io::importFile(repo, pos.at(1), ctx.actor(), options, parser.value(sheet));
        }
        auto& result = *imported;
        if (!result)
            return ctx.fail(result.error());
        if (!result->ok()) {
            for (const io::ImportProblem& p : result->problems)
                ctx.err << p.toString() << '\n';
            if (result->moreProblems > 0)
                ctx.err << QCoreApplication::translate("Cli", "… and %n more problem(s) not listed.", nullptr,
                                                       result->moreProblems)
                        << '\n';
            ctx.err << QCoreApplication::translate("Cli", "Nothing was imported: %n problem(s) found.",
                                                   nullptr,
                                                   int(result->problems.size()) + result->moreProblems)
                    << '\n';
            return kValidation;
        }
        if (!result->written) {
            ctx.out << QCoreApplication::translate("Cli", "The file has record IDs. Planned: %1.")
                           .arg(result->countsText())
                    << '\n';
            return ctx.usage(QCoreApplication::translate(
                "Cli", "Nothing was imported: give --update to update those records and add the rows without "
                       "ID, or --insert-only to add every row as a new record."));
        }
        // What was imported but deserves a look (a rule's warning, masked values not read), on stderr.
        for (const io::ImportProblem& p : result->warnings)
            //: zh_CN "注意：%1"
            ctx.err << QCoreApplication::translate("Cli", "Warning: %1").arg(p.toString()) << '\n';
        if (result->moreWarnings > 0)
            //: zh_CN "…另有 %n 条注意事项未列出。"
            ctx.err << QCoreApplication::translate("Cli", "… and %n more warning(s) not listed.", nullptr,
                                                   result->moreWarnings)
                    << '\n';
        if (result->hasIds && options.ids == io::IdMode::Update)
            ctx.out << QCoreApplication::translate("Cli", "Imported into %1: %2.")
                           .arg(kind->displayLabel(), result->countsText())
                    << '\n';
        else
            ctx.out << QCoreApplication::translate("Cli", "Imported %n record(s) into %1.", nullptr,
                                                   result->imported)
                           .arg(kind->displayLabel())
                    << '\n';
        return kOk;
    }
};
} // namespace

std::unique_ptr<Command> makeImportCommand() {
    return std::make_unique<ImportCommand>();
}

} // namespace houqin::cli
