#include "DirectorAccountPage.h"

#include "storage/access/UserStore.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace houqin::gui {

DirectorAccountPage::DirectorAccountPage(QWidget* parent) : QWizardPage(parent) {
    setObjectName(QStringLiteral("directorAccountPage"));
    setTitle(tr("The director's account"));
    setSubTitle(tr("Houqin asks who is working each time it starts. The director (园长 or 后勤主任) signs in "
                   "with this account and adds everyone else under Tools → Users."));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("directorNameLineEdit"));
    m_name->setMaxLength(40);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatLineEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    auto* hint = new QLabel(tr("At least %1 characters. Write it down somewhere safe: no one can read it "
                               "back, and only the director can reset other people's passwords.")
                                .arg(UserStore::kMinPasswordLength),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #666;"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("directorProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->setVisible(false);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Password again:"), m_repeat);
    form->addRow(QString(), hint);
    form->addRow(m_problem);
}

QString DirectorAccountPage::name() const {
    return m_name->text().trimmed();
}

QString DirectorAccountPage::password() const {
    return m_password->text();
}

bool DirectorAccountPage::validatePage() {
    QString problem = UserStore::nameProblem(name());
    if (problem.isEmpty())
        problem = UserStore::passwordProblem(password());
    if (problem.isEmpty() && m_password->text() != m_repeat->text())
        problem = tr("The two passwords differ.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

} // namespace houqin::gui
