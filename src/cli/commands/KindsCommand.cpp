#include "Commands.h"
#include "domain/KindRegistry.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

namespace houqin::cli {

namespace {
class KindsCommand : public Command {
public:
    QString name() const override { return QStringLiteral("kinds"); }
    QString summary() const override {
        return QCoreApplication::translate("Cli", "List each record kind's key, label and row count.");
    }
    int run(Context& ctx, const QStringList& args) override {
        QCommandLineParser parser;
        if (int rc = parse(ctx, parser, args); rc >= 0)
            return rc;
        if (!parser.positionalArguments().isEmpty())
            return ctx.usage(QCoreApplication::translate("Cli", "kinds takes no arguments."));
        Database* db = ctx.db();
        if (!db)
            return ctx.failure();
        // Only the kinds the signed-in role may see: the others are absent, not empty.
        for (const RecordKind* kind : allKinds()) {
            if (!ctx.allows(kind->key, access::Action::View))
                continue;
            auto n = RecordRepository(*db, *kind).count();
            if (!n)
                return ctx.fail(n.error());
            ctx.out << kind->key << '\t' << kind->displayLabel() << '\t' << *n << '\n';
        }
        return kOk;
    }
};
} // namespace

std::unique_ptr<Command> makeKindsCommand() {
    return std::make_unique<KindsCommand>();
}

} // namespace houqin::cli
