#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace houqin::gui {

// The first-run wizard's page for the director's account (issue #13): a new file has no users, and the
// person setting Houqin up is the one who adds everyone else. The page checks the name and the password
// before the wizard moves on; the wizard creates the account with the settings, all or nothing.
class DirectorAccountPage : public QWizardPage {
    Q_OBJECT
public:
    explicit DirectorAccountPage(QWidget* parent = nullptr);

    QString name() const;
    QString password() const;
    bool validatePage() override;

private:
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_problem;
};

} // namespace houqin::gui
