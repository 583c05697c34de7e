#pragma once

#include "domain/Settings.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <memory>

class QSpinBox;
class QTimeEdit;

namespace Ui {
class SettingsDialog;
}

namespace houqin {
class Database;
}

namespace houqin::gui {

// Tools → Settings: the kindergarten's settings, a tab per module (the kindergarten itself; canteen and
// health; safety; staff and training; assets), each module's thresholds with its reminder windows. The
// current semester is shown, and changed under Work plan → Semesters. Validated with
// KindergartenSettings::validate() and saved in the database.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(Database& db, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void setSettings(const KindergartenSettings& s);
    // What the dialog holds now.
    KindergartenSettings settings() const;
    // Validates and saves; shows what is wrong and returns false when nothing was saved.
    bool save();

public Q_SLOTS:
    void accept() override;
    // Browse… beside the backup folder: a folder picker starting at the current one.
    void browseBackupFolder();

private:
    // The three round times of the daily walk-throughs, first to third.
    QList<QTimeEdit*> roundTimeEdits() const;
    // The reminder windows typed as whole numbers, each with the setting it edits.
    QList<QPair<QSpinBox*, int KindergartenSettings::*>> windowSpinBoxes() const;
    // The rubric as typed; unreadable items are added to problems.
    QList<RubricItem> rubric(Issues* problems) const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Database& m_db;
};

} // namespace houqin::gui
