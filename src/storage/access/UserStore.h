#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace houqin {

class Database;

// One person who signs in (the users table).
struct User {
    qint64 id = 0;
    QString name;      // what they type, and what the audit trail records; never changes
    QString role;      // a key of domain/access/Roles.h
    QString staffName; // their staff record, for their own training, exams and appraisals; may be empty
    bool disabled = false;
    int failedLogins = 0;
    QDateTime lockedUntil; // invalid = not locked
    Actor actor() const { return Actor{name}; }
};

// The users table: adding, disabling and changing people, and signing in. Every change and every sign-in,
// failed sign-in and lock is written to the audit trail (kind "users"). A wrong password five times in a
// row locks the account for five minutes, stored in the file so that restarting changes nothing; the
// clock is the database's (Database::setClock), so tests move time instead of waiting.
class UserStore {
public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr int kLockMinutes = 5;
    static constexpr int kMinPasswordLength = 8;
    static inline const QString kAuditKind = QStringLiteral("users");

    explicit UserStore(Database& db) : m_db(db) {}

    Result<QList<User>> list() const;
    Result<std::optional<User>> find(const QString& name) const;
    // Whether the file has any user yet: without one, the director's account is asked for first.
    Result<bool> any() const;

    // Error::Code::Validation names the field ("name", "role", "password") and says what is wrong.
    Result<qint64> add(const User& user, const QString& password, const Actor& who);
    Status setPassword(const QString& name, const QString& password, const Actor& who);
    Status setRole(const QString& name, const QString& role, const Actor& who);
    Status setDisabled(const QString& name, bool disabled, const Actor& who);

    // The user when the password is right and the account usable; otherwise Error::Code::Denied with a
    // message that says which: no such user, disabled, locked (until when), or a wrong password (and how
    // many tries are left).
    Result<User> authenticate(const QString& name, const QString& password);

    // The checks a new password must pass; empty = acceptable.
    static QString passwordProblem(const QString& password);
    // The checks a user's name must pass; empty = acceptable.
    static QString nameProblem(const QString& name);

private:
    Status recordFailure(const User& user);
    Status changeColumn(const QString& name, const QString& column, const QVariant& value, const Actor& who);
    Status audit(const User& user, const QString& action, const Actor& who, const QString& what);
    Database& m_db;
};

} // namespace houqin
