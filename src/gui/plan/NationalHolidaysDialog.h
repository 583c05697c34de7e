#pragma once

#include "domain/plan/NationalHolidays.h"

#include <QDialog>

class QListWidget;

namespace houqin {
class Database;
}

namespace houqin::gui::plan {

// Offers one year's national holidays and make-up working days (the shipped table) for 节假日与调休: the
// user ticks the days to add; days already in the list are shown but cannot be ticked (never added twice).
class NationalHolidaysDialog : public QDialog {
    Q_OBJECT
public:
    NationalHolidaysDialog(Database& db, int year, QWidget* parent = nullptr);
    // The days offered (those of the year in the table); empty when the year is not in it.
    const QList<houqin::plan::NationalDay>& offered() const { return m_days; }
    QListWidget* list() const { return m_list; }
    // Adds the ticked days in one transaction; false (with the error shown) when that failed.
    bool addTicked();
    int added() const { return m_added; }

private:
    Database& m_db;
    QList<houqin::plan::NationalDay> m_days;
    QListWidget* m_list = nullptr;
    int m_added = 0;
};

// The toolbar action's work: the dialog for the current year, or a message that its arrangement is not in
// the table yet. Returns the number of days added.
int offerNationalHolidays(Database& db, int year, QWidget* parent);

} // namespace houqin::gui::plan
