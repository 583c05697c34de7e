#include "UserStore.h"

#include "../AuditLog.h"
#include "../Database.h"
#include "../Query.h"
#include "../Transaction.h"
#include "PasswordHash.h"
#include "domain/access/Roles.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace houqin {

namespace {

const QString kColumns = QStringLiteral("id, name, role, staff_name, disabled, failed_logins, locked_until");

User readUser(const Query& q) {
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.role = q.value(2).toString();
    u.staffName = q.value(3).toString();
    u.disabled = q.value(4).toInt() != 0;
    u.failedLogins = q.value(5).toInt();
    u.lockedUntil = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    return u;
}

Error denied(const QString& message) {
    return Error::make(Error::Code::Denied, message, QStringLiteral("UserStore::authenticate"));
}

Error invalid(const QString& field, const QString& message) {
    return Error::validation({Issue::error(field, message)});
}

QString userNameProblem(const QString& name) {
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Users", "Enter the user's name.");
    if (name != name.trimmed() || name.size() > 40)
        return QCoreApplication::translate(
            "Users", "A user name has at most 40 characters and no spaces at either end.");
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return QCoreApplication::translate("Users", "A user name cannot contain invisible characters.");
    return {};
}

} // namespace

QString UserStore::passwordProblem(const QString& password) {
    if (password.size() < kMinPasswordLength)
        return QCoreApplication::translate("Users", "A password has at least 8 characters.");
    if (password.size() > 128)
        return QCoreApplication::translate("Users", "A password has at most 128 characters.");
    if (password.trimmed().isEmpty())
        return QCoreApplication::translate("Users", "A password cannot be only spaces.");
    return {};
}

Result<QList<User>> UserStore::list() const {
    Query q(m_db, QStringLiteral("SELECT %1 FROM users ORDER BY name").arg(kColumns));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<User> out;
    while (q.next())
        out << readUser(q);
    if (Status s = q.finish(); !s)
        return s.error();
    return out;
}

Result<std::optional<User>> UserStore::find(const QString& name) const {
    Query q(m_db, QStringLiteral("SELECT %1 FROM users WHERE name = :name").arg(kColumns));
    q.bind(QStringLiteral(":name"), name);
    if (Status s = q.exec(); !s)
        return s.error();
    std::optional<User> u;
    if (q.next())
        u = readUser(q);
    if (Status s = q.finish(); !s)
        return s.error();
    return u;
}

Result<bool> UserStore::any() const {
    Query q(m_db, QStringLiteral("SELECT 1 FROM users LIMIT 1"));
    if (Status s = q.exec(); !s)
        return s.error();
    const bool found = q.next();
    if (Status s = q.finish(); !s)
        return s.error();
    return found;
}

Result<qint64> UserStore::add(const User& user, const QString& password, const Actor& who) {
    if (const QString p = userNameProblem(user.name); !p.isEmpty())
        return invalid(QStringLiteral("name"), p);
    if (!access::findRole(user.role))
        return invalid(QStringLiteral("role"),
                       QCoreApplication::translate("Users", "Choose one of the roles."));
    if (const QString p = passwordProblem(password); !p.isEmpty())
        return invalid(QStringLiteral("password"), p);
    auto existing = find(user.name);
    if (!existing)
        return existing.error();
    if (*existing)
        return invalid(
            QStringLiteral("name"),
            QCoreApplication::translate("Users", "There is already a user called %1.").arg(user.name));
    auto hashed = PasswordHash::hash(password);
    if (!hashed)
        return hashed.error();
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    const QString now = m_db.now().toString(Qt::ISODate);
    Query q(m_db,
            QStringLiteral("INSERT INTO users(name, role, staff_name, password_hash, disabled, created_at, "
                           "created_by, updated_at, updated_by) "
                           "VALUES(:name, :role, :staff, :hash, :disabled, :now, :who, :now, :who)"));
    q.bind(QStringLiteral(":name"), user.name)
        .bind(QStringLiteral(":role"), user.role)
        .bind(QStringLiteral(":staff"), user.staffName.isEmpty() ? QVariant() : QVariant(user.staffName))
        .bind(QStringLiteral(":hash"), *hashed)
        .bind(QStringLiteral(":disabled"), user.disabled ? 1 : 0)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":who"), who.name);
    if (Status s = q.exec(); !s)
        return s.error();
    User stored = user;
    stored.id = q.lastInsertId();
    QJsonObject after{{QStringLiteral("name"), user.name},
                      {QStringLiteral("role"), user.role},
                      {QStringLiteral("staff_name"), user.staffName}};
    if (Status s =
            AuditLog::writeEvent(m_db, who, kAuditKind, stored.id, QStringLiteral("insert"), {}, after);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored.id;
}

Status UserStore::setPassword(const QString& name, const QString& password, const Actor& who) {
    if (const QString p = passwordProblem(password); !p.isEmpty())
        return invalid(QStringLiteral("password"), p);
    auto hashed = PasswordHash::hash(password);
    if (!hashed)
        return hashed.error();
    auto user = find(name);
    if (!user)
        return user.error();
    if (!*user)
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("Users", "There is no user called %1.").arg(name));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    // A new password also lifts a lock: the director resets it for someone who forgot theirs.
    Query q(m_db,
            QStringLiteral("UPDATE users SET password_hash = :hash, failed_logins = 0, locked_until = NULL, "
                           "updated_at = :now, updated_by = :who WHERE id = :id"));
    q.bind(QStringLiteral(":hash"), *hashed)
        .bind(QStringLiteral(":now"), m_db.now().toString(Qt::ISODate))
        .bind(QStringLiteral(":who"), who.name)
        .bind(QStringLiteral(":id"), (*user)->id);
    if (Status s = q.exec(); !s)
        return s;
    // The audit row says that the password changed, never what it is.
    if (Status s = audit(**user, QStringLiteral("update"), who, QStringLiteral("password")); !s)
        return s;
    return tx.commit();
}

Status UserStore::setRole(const QString& name, const QString& role, const Actor& who) {
    if (!access::findRole(role))
        return invalid(QStringLiteral("role"),
                       QCoreApplication::translate("Users", "Choose one of the roles."));
    return changeColumn(name, QStringLiteral("role"), role, who);
}

Status UserStore::setDisabled(const QString& name, bool disabled, const Actor& who) {
    return changeColumn(name, QStringLiteral("disabled"), disabled, who);
}

// One column of a user (role or disabled; a code constant, never input), with its audit row.
Status UserStore::changeColumn(const QString& name, const QString& column, const QVariant& value,
                               const Actor& who) {
    auto user = find(name);
    if (!user)
        return user.error();
    if (!*user)
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("Users", "There is no user called %1.").arg(name));
    const QVariant old =
        column == QStringLiteral("role") ? QVariant((*user)->role) : QVariant((*user)->disabled);
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Query q(m_db,
            QStringLiteral("UPDATE users SET %1 = :v, updated_at = :now, updated_by = :who WHERE id = :id")
                .arg(column));
    q.bind(QStringLiteral(":v"), value.typeId() == QMetaType::Bool ? QVariant(value.toBool() ? 1 : 0) : value)
        .bind(QStringLiteral(":now"), m_db.now().toString(Qt::ISODate))
        .bind(QStringLiteral(":who"), who.name)
        .bind(QStringLiteral(":id"), (*user)->id);
    if (Status s = q.exec(); !s)
        return s;
    const QJsonObject before{{column, QJsonValue::fromVariant(old)}},
        after{{column, QJsonValue::fromVariant(value)}};
    if (Status s =
            AuditLog::writeEvent(m_db, who, kAuditKind, (*user)->id, QStringLiteral("update"), before, after);
        !s)
        return s;
    return tx.commit();
}

Result<User> UserStore::authenticate(const QString& name, const QString& password) {
    auto found = find(name);
    if (!found)
        return found.error();
    // A file open read-only records no sign-ins, failures or locks: nothing can be changed in it anyway.
    const bool record = !m_db.readOnly();
    if (!*found) {
        // Audited under the name typed, so that guessing at names shows too.
        if (record) {
            Transaction tx(m_db);
            if (Status s = tx.begin(); !s)
                return s.error();
            if (Status s =
                    AuditLog::writeEvent(m_db, Actor{name}, kAuditKind, 0, QStringLiteral("login-failed"), {},
                                         {{QStringLiteral("reason"), QStringLiteral("unknown user")}});
                !s)
                return s.error();
            if (Status s = tx.commit(); !s)
                return s.error();
        }
        return denied(QCoreApplication::translate("Users", "There is no user called %1.").arg(name));
    }
    User user = **found;
    const QDateTime now = m_db.now();
    if (user.disabled) {
        if (record)
            (void)audit(user, QStringLiteral("login-failed"), user.actor(), QStringLiteral("disabled"));
        return denied(
            QCoreApplication::translate("Users", "The account %1 is disabled; ask the director.").arg(name));
    }
    if (user.lockedUntil.isValid() && now < user.lockedUntil) {
        if (record)
            (void)audit(user, QStringLiteral("login-failed"), user.actor(), QStringLiteral("locked"));
        return denied(QCoreApplication::translate(
                          "Users", "The account %1 is locked after %2 wrong passwords until %3.")
                          .arg(name)
                          .arg(kMaxFailedLogins)
                          .arg(user.lockedUntil.toString(QStringLiteral("HH:mm"))));
    }
    if (user.lockedUntil.isValid()) // the lock has run out: a fresh count
        user.failedLogins = 0;
    Query stored(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = :id"));
    stored.bind(QStringLiteral(":id"), user.id);
    if (Status s = stored.exec(); !s)
        return s.error();
    const QString hash = stored.next() ? stored.value(0).toString() : QString();
    if (Status s = stored.finish(); !s)
        return s.error();
    if (!PasswordHash::verify(hash, password)) {
        if (Status s = record ? recordFailure(user) : Status(); !s)
            return s.error();
        const int left = kMaxFailedLogins - (user.failedLogins + 1);
        if (left <= 0)
            return denied(QCoreApplication::translate(
                              "Users", "Wrong password. The account %1 is now locked for %2 minutes.")
                              .arg(name)
                              .arg(kLockMinutes));
        return denied(QCoreApplication::translate(
                          "Users", "Wrong password for %1; %2 more tries before the account is locked.")
                          .arg(name)
                          .arg(left));
    }
    if (!record)
        return user;
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Query ok(m_db, QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = :id"));
    ok.bind(QStringLiteral(":id"), user.id);
    if (Status s = ok.exec(); !s)
        return s.error();
    if (Status s = audit(user, QStringLiteral("login"), user.actor(), {}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    user.failedLogins = 0;
    user.lockedUntil = {};
    return user;
}

Status UserStore::recordFailure(const User& user) {
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    const int failures = user.failedLogins + 1;
    const bool lock = failures >= kMaxFailedLogins;
    Query q(m_db,
            QStringLiteral("UPDATE users SET failed_logins = :n, locked_until = :until WHERE id = :id"));
    q.bind(QStringLiteral(":n"), failures)
        .bind(QStringLiteral(":until"),
              lock ? QVariant(m_db.now().addSecs(kLockMinutes * 60).toString(Qt::ISODate)) : QVariant())
        .bind(QStringLiteral(":id"), user.id);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s =
            audit(user, QStringLiteral("login-failed"), user.actor(), QStringLiteral("wrong password"));
        !s)
        return s;
    if (lock)
        if (Status s = audit(user, QStringLiteral("locked"), user.actor(), {}); !s)
            return s;
    return tx.commit();
}

Status UserStore::audit(const User& user, const QString& action, const Actor& who, const QString& what) {
    QJsonObject detail;
    if (!what.isEmpty())
        detail.insert(QStringLiteral("detail"), what);
    // Its own transaction when alone (a refused sign-in), part of the caller's otherwise.
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = AuditLog::writeEvent(m_db, who, kAuditKind, user.id, action, {}, detail); !s)
        return s;
    return tx.commit();
}

QString UserStore::nameProblem(const QString& name) {
    return userNameProblem(name);
}

} // namespace houqin
