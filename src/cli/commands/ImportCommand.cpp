#include "Commands.h"
#include "domain/Actor.h"
#include "domain/KindRegistry.h"
#include "io/RecordCsv.h"

#include <QCoreApplication>

namespace houqin::cli {

namespace {
class ImportCommand : public Command {
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override {
        return QCoreApplication::translate("Cli", "Import a CSV file into a record kind: all rows or none.");
    }
    int run(Context& ctx, const QStringList& args) override {
        QCommandLineParser parser;
        parser.addPositionalArgument(
            QStringLiteral("KIND"),
            QCoreApplication::translate("Cli", "Record kind key (see: houqin kinds)."));
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QCoreApplication::translate("Cli", "CSV file to import."));
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
        Database* db = ctx.db();
        if (!db)
            return kStorage;
        RecordRepository repo(*db, *kind);
        auto result = io::importCsvFile(repo, pos.at(1), Actor::systemUser());
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
