#pragma once

#include "domain/Settings.h"

#include <QWizard>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace houqin {
class Database;
}

namespace houqin::gui {

// Shown on the first start, before the main window: the kindergarten's name, its campuses and the
// semester start date, saved in the database's settings.
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    explicit FirstRunWizard(Database& db, QWidget* parent = nullptr);

    // Runs the wizard when the database has no kindergarten name yet. False when the user cancelled it
    // (the app then quits); true when the settings are there.
    static bool runIfNeeded(Database& db, QWidget* parent = nullptr);

    // What the pages hold now.
    KindergartenSettings settings() const;
    // Validates and saves; shows what is wrong on the current page and returns false when nothing was saved.
    bool saveSettings();

    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* campusesEdit() const { return m_campuses; }
    QDateEdit* semesterStartEdit() const { return m_start; }
    QCheckBox* semesterUnknownBox() const { return m_startUnknown; }

private:
    friend class FirstRunFinalPage;
    Database& m_db;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_campuses = nullptr;
    QLabel* m_campusesProblem = nullptr;
    QDateEdit* m_start = nullptr;
    QCheckBox* m_startUnknown = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace houqin::gui
