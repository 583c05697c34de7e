#pragma once

#include "domain/Settings.h"

#include <QDialog>
#include <QList>
#include <memory>

class QTimeEdit;

namespace Ui {
class SettingsDialog;
}

namespace houqin {
class Database;
}

namespace houqin::gui {

// Tools → Settings: the kindergarten's settings (name, campuses, food-sample thresholds; the current
// semester is shown, and changed under Work plan → Semesters),
// validated with KindergartenSettings::validate() and saved in the database.
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

private:
    // The three round times of the daily walk-throughs, first to third.
    QList<QTimeEdit*> roundTimeEdits() const;
    void scrollGroups();
    // The rubric as typed; unreadable items are added to problems.
    QList<RubricItem> rubric(Issues* problems) const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Database& m_db;
};

} // namespace houqin::gui
