// houqin user add|list|passwd|disable|enable: the accounts (issue #13). The director manages them; each
// user changes their own password. On a file without users the first account added must be the
// director's, and needs no sign-in.
#include "Commands.h"
#include "storage/Database.h"
#include "storage/access/UserStore.h"

#include <QCoreApplication>

namespace houqin::cli {

namespace {

class UserCommand : public Command {
public:
    QString name() const override { return QStringLiteral("user"); }
    bool writes(const QStringList& args) const override { return args.value(1) != QStringLiteral("list"); }
    QString summary() const override {
        return QCoreApplication::translate("Cli", "Manage users: add, list, passwd, disable, enable.");
    }
    int run(Context& ctx, const QStringList& args) override {
        QCommandLineParser parser;
        parser.addPositionalArgument(
            QStringLiteral("ACTION"),
            QCoreApplication::translate("Cli", "add, list, passwd, disable or enable."));
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("Cli", "The user's name."));
        const QCommandLineOption role(QStringLiteral("role"),
                                      QCoreApplication::translate("Cli", "The role of a new user: %1.")
                                          .arg(roleKeys().join(QStringLiteral(", "))),
                                      QStringLiteral("ROLE"));
        const QCommandLineOption staff(
            QStringLiteral("staff"),
            QCoreApplication::translate("Cli", "The staff record that is this user."),
            QStringLiteral("NAME"));
        parser.addOptions({role, staff});
        if (int rc = parse(ctx, parser, args); rc >= 0)
            return rc;
        const QStringList pos = parser.positionalArguments();
        const QString action = pos.value(0);
        const QString who = pos.value(1);
        Database* db = action == QStringLiteral("list")
                           ? ctx.db()
                           : ctx.writableDb(QCoreApplication::translate("Cli", "change its users"));
        if (!db)
            return ctx.failure();
        UserStore users(*db);
        if (action == QStringLiteral("list")) {
            if (int rc = ctx.requireDirector(QCoreApplication::translate("Cli", "list the users")); rc != kOk)
                return rc;
            auto all = users.list();
            if (!all)
                return ctx.fail(all.error());
            for (const User& u : *all) {
                const access::RoleDef* r = access::findRole(u.role);
                ctx.out << u.name << '\t' << u.role << '\t' << (r ? r->displayLabel() : u.role) << '\t'
                        << (u.disabled ? QCoreApplication::translate("Cli", "disabled")
                                       : QCoreApplication::translate("Cli", "active"))
                        << '\n';
            }
            return kOk;
        }
        if (who.isEmpty() && action != QStringLiteral("passwd"))
            return ctx.usage(QCoreApplication::translate("Cli", "user %1 needs a NAME.").arg(action));
        if (action == QStringLiteral("add"))
            return add(ctx, users, who, parser.value(role), parser.value(staff));
        if (action == QStringLiteral("passwd"))
            return passwd(ctx, users, who.isEmpty() ? ctx.actor().name : who);
        if (action == QStringLiteral("disable") || action == QStringLiteral("enable")) {
            const bool disable = action == QStringLiteral("disable");
            if (int rc = ctx.requireDirector(disable ? QCoreApplication::translate("Cli", "disable a user")
                                                     : QCoreApplication::translate("Cli", "enable a user"));
                rc != kOk)
                return rc;
            if (disable && ctx.user() && ctx.user()->name == who)
                return ctx.usage(QCoreApplication::translate("Cli", "You cannot disable your own account."));
            if (Status s = users.setDisabled(who, disable, ctx.actor()); !s)
                return ctx.fail(s.error());
            ctx.out << (disable ? QCoreApplication::translate("Cli", "Disabled %1.").arg(who)
                                : QCoreApplication::translate("Cli", "Enabled %1.").arg(who))
                    << '\n';
            return kOk;
        }
        return ctx.usage(QCoreApplication::translate("Cli", "Unknown user action \"%1\": add, list, passwd, "
                                                            "disable or enable.")
                             .arg(action));
    }

private:
    static QStringList roleKeys() {
        QStringList keys;
        for (const access::RoleDef& r : access::roles())
            keys << r.key;
        return keys;
    }

    // The new password: HOUQIN_NEW_PASSWORD, or typed twice on the terminal.
    static std::optional<QString> newPassword(Context& ctx) {
        auto first = readPassword(ctx.err, QCoreApplication::translate("Cli", "New password: "),
                                  "HOUQIN_NEW_PASSWORD");
        if (!first || qEnvironmentVariableIsSet("HOUQIN_NEW_PASSWORD"))
            return first;
        auto again = readPassword(ctx.err, QCoreApplication::translate("Cli", "New password again: "),
                                  "HOUQIN_NEW_PASSWORD");
        if (!again || *again != *first) {
            ctx.err << QCoreApplication::translate("Cli", "The two passwords differ.") << '\n';
            return std::nullopt;
        }
        return first;
    }

    static int add(Context& ctx, UserStore& users, const QString& who, const QString& role,
                   const QString& staff) {
        auto any = users.any();
        if (!any)
            return ctx.fail(any.error());
        if (!*any && role != access::kDirector)
            return ctx.usage(QCoreApplication::translate("Cli", "The first user is the director: add --role "
                                                                "director."));
        if (*any)
            if (int rc = ctx.requireDirector(QCoreApplication::translate("Cli", "add a user")); rc != kOk)
                return rc;
        if (role.isEmpty())
            return ctx.usage(QCoreApplication::translate("Cli", "Give the new user's --role: %1.")
                                 .arg(roleKeys().join(QStringLiteral(", "))));
        const auto password = newPassword(ctx);
        if (!password)
            return ctx.usage(QCoreApplication::translate("Cli", "No new password: set HOUQIN_NEW_PASSWORD or "
                                                                "run the command on a terminal."));
        User u;
        u.name = who;
        u.role = role;
        u.staffName = staff;
        auto added = users.add(u, *password, ctx.actor());
        if (!added)
            return ctx.fail(added.error());
        ctx.out << QCoreApplication::translate("Cli", "Added %1.").arg(who) << '\n';
        return kOk;
    }

    static int passwd(Context& ctx, UserStore& users, const QString& who) {
        // One's own password, or anyone's for the director (a reset for someone who forgot theirs).
        if (!ctx.user() || ctx.user()->name != who)
            if (int rc =
                    ctx.requireDirector(QCoreApplication::translate("Cli", "change another user's password"));
                rc != kOk)
                return rc;
        const auto password = newPassword(ctx);
        if (!password)
            return ctx.usage(QCoreApplication::translate("Cli", "No new password: set HOUQIN_NEW_PASSWORD or "
                                                                "run the command on a terminal."));
        if (Status s = users.setPassword(who, *password, ctx.actor()); !s)
            return ctx.fail(s.error());
        ctx.out << QCoreApplication::translate("Cli", "Changed the password of %1.").arg(who) << '\n';
        return kOk;
    }
};

} // namespace

std::unique_ptr<Command> makeUserCommand() {
    return std::make_unique<UserCommand>();
}

} // namespace houqin::cli
