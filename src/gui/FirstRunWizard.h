#pragma once

#include "domain/RecordKind.h"
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

class DirectorAccountPage;

// Shown on the first start, before the main window: the kindergarten's name, the director's account (a file
// without users), its campuses, saved in the database's settings, and the first semester, created with its
// work plan from the built-in template and made current (its start numbers the teaching weeks).
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    explicit FirstRunWizard(Database& db, QWidget* parent = nullptr);

    // Runs the wizard when the database has no kindergarten name yet. False when the user cancelled it
    // (the app then quits); true when the settings are there.
    static bool runIfNeeded(Database& db, QWidget* parent = nullptr);

    // What the pages hold now.
    KindergartenSettings settings() const;
    // Validates and saves the settings and creates the semester, all or nothing; shows what is wrong on the
    // current page and returns false when nothing was saved.
    bool saveSettings();

    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* campusesEdit() const { return m_campuses; }
    // A few staff, one per line ("王丽 保育员"), so that the person pickers are not empty on the first day.
    QPlainTextEdit* staffEdit() const { return m_staff; }
    // The staff lines as records of the first campus, or the problems of the lines that are not.
    QList<Record> staffRecords(Issues* problems) const;
    QLineEdit* semesterNameEdit() const { return m_semesterName; }
    QDateEdit* semesterStartEdit() const { return m_start; }
    // Shown when the first day is weeks ago: whether the weeks already over are tracked (unticked, their
    // tasks are created "not tracked").
    QCheckBox* trackPastBox() const { return m_trackPast; }
    // The director's account page, on a file without users; else null. Finishing the wizard creates the
    // account with the settings and signs the director in (Database::signedIn).
    DirectorAccountPage* directorPage() const { return m_director; }

private:
    friend class FirstRunFinalPage;
    friend class StaffPage;
    Database& m_db;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_campuses = nullptr;
    QLabel* m_campusesProblem = nullptr;
    QPlainTextEdit* m_staff = nullptr;
    QLabel* m_staffProblem = nullptr;
    QLineEdit* m_semesterName = nullptr;
    QString m_suggestedName; // follows the start date until the user types a name
    QDateEdit* m_start = nullptr;
    QCheckBox* m_trackPast = nullptr;
    bool m_haveSemester = false; // a current semester exists already (made with the command line)
    QLabel* m_problems = nullptr;
    DirectorAccountPage* m_director = nullptr;
};

} // namespace houqin::gui
