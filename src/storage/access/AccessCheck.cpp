#include "AccessCheck.h"

#include "../AuditLog.h"
#include "../Database.h"
#include "../DatabaseFile.h"
#include "../Transaction.h"
#include "domain/Workflow.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace houqin::accesscheck {

namespace {

QString actionText(access::Action a) {
    switch (a) {
    case access::Action::View:
        return QCoreApplication::translate("Access", "view");
    case access::Action::Create:
        return QCoreApplication::translate("Access", "add");
    case access::Action::Edit:
        return QCoreApplication::translate("Access", "change");
    case access::Action::Delete:
        return QCoreApplication::translate("Access", "delete");
    case access::Action::Import:
        return QCoreApplication::translate("Access", "import");
    case access::Action::Export:
        return QCoreApplication::translate("Access", "export");
    case access::Action::Print:
        return QCoreApplication::translate("Access", "print");
    }
    return {};
}

const access::Permissions* ownOnly(const Database& db, const RecordKind& kind) {
    if (!db.signedIn())
        return nullptr;
    const access::Permissions* p = access::permissionsOf(db.signedIn()->role, kind.key);
    return p && !p->ownField.isEmpty() ? p : nullptr;
}

} // namespace

Error refuse(Database& db, const QString& what, const QString& subject, const QString& auditKind) {
    const SignedIn who = db.signedIn().value_or(SignedIn{});
    const access::RoleDef* role = access::findRole(who.role);
    if (!db.readOnly()) {
        // A refusal is evidence too: who tried what. Its own transaction when alone.
        Transaction tx(db);
        if (tx.begin())
            if (AuditLog::writeEvent(db, Actor{who.name}, auditKind, 0, QStringLiteral("refused"), {},
                                     {{QStringLiteral("detail"), what}}))
                (void)tx.commit();
    }
    //: The action and what it acts on: "export Morning checks". zh_CN "%1%2"
    const QString deed =
        subject.isEmpty() ? what : QCoreApplication::translate("Access", "%1 %2").arg(what, subject);
    //: zh_CN "%1（%2）无权%3。"
    return Error::make(Error::Code::Denied,
                       QCoreApplication::translate("Access", "%1 (%2) may not %3.")
                           .arg(who.name, role ? role->displayLabel() : who.role, deed),
                       QStringLiteral("accesscheck::refuse"));
}

Status requireWritable(Database& db, const RecordKind& kind, access::Action action) {
    if (!db.readOnly() || !access::changes(action))
        return {};
    return dbfile::readOnly(
        db.path(),
        QCoreApplication::translate("Access", "%1 %2").arg(actionText(action), kind.displayLabel()));
}

Status require(Database& db, const RecordKind& kind, access::Action action) {
    if (Status s = requireWritable(db, kind, action); !s)
        return s;
    if (!db.signedIn() || access::allows(db.signedIn()->role, kind.key, action))
        return {};
    return refuse(db, actionText(action), kind.displayLabel(), kind.key);
}

Status requireStep(Database& db, const RecordKind& kind, const QString& stepKey) {
    const WorkflowStep* step = kind.workflow ? kind.workflow->step(stepKey) : nullptr;
    if (db.readOnly())
        return dbfile::readOnly(db.path(), QCoreApplication::translate("Access", "take the step \"%1\" on")
                                                   .arg(step ? step->displayLabel() : stepKey) +
                                               QLatin1Char(' ') + kind.displayLabel());
    if (!db.signedIn() || access::allowsStep(db.signedIn()->role, kind.key, stepKey))
        return {};
    //: zh_CN "执行“%1”："
    return refuse(db,
                  QCoreApplication::translate("Access", "take the step \"%1\" on")
                      .arg(step ? step->displayLabel() : stepKey),
                  kind.displayLabel(), kind.key);
}

Status auditExport(Database& db, const RecordKind& kind, qsizetype records, const QString& how) {
    if (!access::isSensitive(kind.key))
        return {};
    const Actor who = db.signedIn() ? Actor{db.signedIn()->name} : Actor::systemUser();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s =
            AuditLog::writeEvent(db, who, kind.key, 0, QStringLiteral("export"), {},
                                 {{QStringLiteral("records"), qint64(records)}, {QStringLiteral("as"), how}});
        !s)
        return s;
    return tx.commit();
}

QList<Condition> ownRecords(const Database& db, const RecordKind& kind) {
    const access::Permissions* p = ownOnly(db, kind);
    if (!p)
        return {};
    const QString me = db.signedIn()->staffName;
    // No staff record on the account: nothing is theirs (a field both empty and not is never true).
    const QList<Condition> theirs =
        me.isEmpty() ? QList<Condition>{Condition{p->ownField, Condition::Op::IsNull},
                                        Condition{p->ownField, Condition::Op::NotNull}}
                     : QList<Condition>{Condition{p->ownField, Condition::Op::Eq,
                                                  [me](const RuleContext&) { return QVariant(me); }}};
    if (!p->ownInLines)
        return theirs;
    auto lines = std::make_shared<RelatedQuery>();
    lines->kindKey = kind.key;
    lines->lines = true;
    lines->conditions = theirs;
    return {Condition{Condition::Op::Exists, lines}};
}

void keepOwnLines(const Database& db, const RecordKind& kind, Record& record) {
    const access::Permissions* p = ownOnly(db, kind);
    if (!p || !p->ownInLines)
        return;
    const QString me = db.signedIn()->staffName;
    QList<Record> kept;
    for (const Record& line : record.lines)
        if (!me.isEmpty() && line.value(p->ownField).toString() == me)
            kept << line;
    record.lines = kept;
}

} // namespace houqin::accesscheck
