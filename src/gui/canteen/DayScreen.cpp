#include "DayScreen.h"

#include "domain/FieldUnit.h"
#include "gui/staff/StaffNames.h"

#include <QComboBox>
#include <QCompleter>
#include <QRegularExpression>

namespace houqin::gui::canteen {

QComboBox* createPersonCombo(Database& db, const QString& current, QWidget* parent) {
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMinimumContentsLength(8);
    const QStringList people = staff::activeStaffNames(db);
    combo->addItems(people);
    auto* completer = new QCompleter(people, combo);
    completer->setFilterMode(Qt::MatchContains);
    combo->setCompleter(completer);
    combo->setEditText(current);
    return combo;
}

QString columnHeader(const FieldDef& f) {
    return labelWithUnit(f);
}

QList<BatchIssue> batchIssues(const Issues& issues) {
    static const QRegularExpression indexed(QStringLiteral("^#(\\d+):(.*)$"));
    QList<BatchIssue> out;
    for (const Issue& issue : issues) {
        BatchIssue b{0, issue.field, issue.message};
        if (const auto m = indexed.match(issue.field); m.hasMatch()) {
            b.index = m.captured(1).toInt();
            b.field = m.captured(2);
        }
        out << b;
    }
    return out;
}

} // namespace houqin::gui::canteen
