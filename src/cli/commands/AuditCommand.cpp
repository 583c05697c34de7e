// houqin audit verify: walks the audit trail's hash chain (storage/AuditChain.h) from its first row and
// exits 0, or 4 naming the first row that breaks it.
#include "Commands.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace houqin::cli {

namespace {

class AuditCommand : public Command {
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override {
        return QCoreApplication::translate("Cli", "Check the audit trail: audit verify.");
    }
    int run(Context& ctx, const QStringList& args) override {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("verify"),
                                     QCoreApplication::translate("Cli", "Check the whole hash chain."));
        if (int rc = parse(ctx, parser, args); rc >= 0)
            return rc;
        if (parser.positionalArguments() != QStringList{QStringLiteral("verify")})
            return ctx.usage(QCoreApplication::translate("Cli", "audit takes one action: verify."));
        Database* db = ctx.db();
        if (!db)
            return ctx.failure();
        if (int rc = ctx.requireDirector(QCoreApplication::translate("Cli", "check the audit trail"));
            rc != kOk)
            return rc;
        auto verdict = AuditChain::verify(*db);
        if (!verdict)
            return ctx.fail(verdict.error());
        if (!verdict->intact()) {
            ctx.err << verdict->reason << '\n';
            return kStorage;
        }
        auto head = AuditChain::head(*db);
        if (!head)
            return ctx.fail(head.error());
        ctx.out << QCoreApplication::translate("Cli", "The audit trail is intact: %n row(s), head %1.",
                                               nullptr, int(verdict->rowsChecked))
                       .arg(AuditChain::shortForm(*head))
                << '\n';
        return kOk;
    }
};

} // namespace

std::unique_ptr<Command> makeAuditCommand() {
    return std::make_unique<AuditCommand>();
}

} // namespace houqin::cli
