#pragma once

#include <QFlags>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Who may do what (issue #13): the roles and their permission matrix over every record kind and action,
// declared once here and read by every generic part (lists, forms, a tab's side list, CSV, print, the CLI,
// attention items) through the functions below. A kind without a line in the matrix is the director's
// only: a new kind is private until someone decides who needs it.
namespace houqin::access {

enum class Action {
    View = 0x01,
    Create = 0x02,
    Edit = 0x04,
    Delete = 0x08,
    Import = 0x10,
    Export = 0x20,
    Print = 0x40,
};
Q_DECLARE_FLAGS(Actions, Action)

// Role keys: stored with each user, used by the CLI (`houqin user add --role clerk`).
inline const QString kDirector = QStringLiteral("director");            // 园长 / 后勤主任
inline const QString kHealthTeacher = QStringLiteral("health-teacher"); // 保健老师
inline const QString kCanteenLeader = QStringLiteral("canteen-leader"); // 食堂组长
inline const QString kClerk = QStringLiteral("clerk");                  // 文员
inline const QString kGuard = QStringLiteral("guard");                  // 门卫
inline const QString kStaff = QStringLiteral("staff");                  // 教职工

// What one role may do with one kind.
struct Permissions {
    Actions actions;
    // The workflow steps (WorkflowStep::key) the role may take; "*" = every step of the kind.
    QStringList steps;
    // Non-empty: only the records that name the user in this field (a staff member's own appraisals), or,
    // when ownInLines, the lines that do (their own exam score).
    QString ownField;
    bool ownInLines = false;
};

struct RoleDef {
    QString key;
    const char* label = "";  // English source in the context "Roles"
    bool everything = false; // the director: every kind, action and step, settings, users, the audit trail
    QHash<QString, Permissions> kinds;
    QString displayLabel() const;
};

// Every role, the director first.
const QList<RoleDef>& roles();
const RoleDef* findRole(const QString& key);

// The role's permissions over a kind; nullptr when it has none (the kind is absent for it).
const Permissions* permissionsOf(const QString& role, const QString& kindKey);
bool allows(const QString& role, const QString& kindKey, Action action);
// Whether the action changes records (add, change, delete, import): refused on a file open read-only.
bool changes(Action action);
bool allowsStep(const QString& role, const QString& kindKey, const QString& stepKey);
// Sensitive personal information (PIPL): staff health data, children's names, visitors' ID numbers.
// Exporting or printing these kinds is written to the audit trail.
bool isSensitive(const QString& kindKey);
// Tools → Settings, user management and the audit viewer: the director's.
bool mayManageSettings(const QString& role);
bool mayManageUsers(const QString& role);
bool mayViewAudit(const QString& role);

} // namespace houqin::access

Q_DECLARE_OPERATORS_FOR_FLAGS(houqin::access::Actions)
