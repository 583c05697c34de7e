#pragma once

#include "domain/FieldDef.h"
#include "domain/Issue.h"

#include <QList>
#include <QString>

class QComboBox;
class QWidget;

namespace houqin {
class Database;
}

// What the canteen module's day screens (pesticide tests, morning checks) share.
namespace houqin::gui::canteen {

// An editable person field for the whole screen (tester, checked by): the active staff offered and
// completed on any part of the name, starting with `current`.
QComboBox* createPersonCombo(Database& db, const QString& current, QWidget* parent);

// A column header: the field's label with its unit.
QString columnHeader(const FieldDef& field);

// One issue of RecordRepository::insertAll, with the record it belongs to. A batch names its issues
// "#index:field"; a batch of one names the field alone (index 0).
struct BatchIssue {
    int index = 0;
    QString field;
    QString message;
};
QList<BatchIssue> batchIssues(const Issues& issues);

} // namespace houqin::gui::canteen
