#include "SignInDialog.h"

#include "domain/Actor.h"
#include "domain/access/Roles.h"
#include "storage/Database.h"
#include "ui_SignInDialog.h"

#include <QPushButton>

namespace houqin::gui {

SignInDialog::SignInDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignInDialog>()), m_db(db) {
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    m_ui->messageLabel->setVisible(false);
    UserStore users(db);
    auto all = users.list();
    m_creating = all.ok() && all->isEmpty();
    if (m_creating) {
        setWindowTitle(tr("Create the director's account"));
        m_ui->introLabel->setText(tr("Houqin keeps sign-ins from now on. First create the account of the "
                                     "director (园长 or 后勤主任), who adds everyone else under Tools → "
                                     "Users."));
        m_ui->stack->setCurrentWidget(m_ui->directorPage);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create and sign in"));
        m_ui->directorNameLineEdit->setFocus();
    } else {
        m_ui->introLabel->setText(tr("Who is working?"));
        for (const User& u : all.ok() ? *all : QList<User>()) {
            if (u.disabled)
                continue;
            const access::RoleDef* role = access::findRole(u.role);
            m_ui->userComboBox->addItem(
                QStringLiteral("%1（%2）").arg(u.name, role ? role->displayLabel() : u.role), u.name);
        }
        m_ui->stack->setCurrentWidget(m_ui->signInPage);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
        m_ui->passwordLineEdit->setFocus();
    }
    resize(qMax(width(), 420), sizeHint().height());
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::lockTo(const QString& userName) {
    const int i = m_ui->userComboBox->findData(userName);
    if (i >= 0)
        m_ui->userComboBox->setCurrentIndex(i);
    m_ui->userComboBox->setEnabled(false);
    setWindowTitle(tr("Locked"));
    m_ui->introLabel->setText(tr("Houqin is locked. Type %1's password to go on.").arg(userName));
}

void SignInDialog::showMessage(const QString& text) {
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

bool SignInDialog::createDirector() {
    const QString name = m_ui->directorNameLineEdit->text().trimmed();
    const QString password = m_ui->newPasswordLineEdit->text();
    if (password != m_ui->repeatLineEdit->text()) {
        showMessage(tr("The two passwords differ."));
        return false;
    }
    User director;
    director.name = name;
    director.role = access::kDirector;
    UserStore users(m_db);
    auto added = users.add(director, password, Actor::systemUser());
    if (!added) {
        showMessage(added.error().issues.isEmpty() ? added.error().message
                                                   : added.error().issues.first().message);
        return false;
    }
    auto signedIn = users.authenticate(name, password);
    if (!signedIn) {
        showMessage(signedIn.error().message);
        return false;
    }
    m_user = *signedIn;
    return true;
}

bool SignInDialog::authenticate() {
    const QString name = m_ui->userComboBox->currentData().toString();
    auto signedIn = UserStore(m_db).authenticate(name, m_ui->passwordLineEdit->text());
    if (!signedIn) {
        showMessage(signedIn.error().message);
        m_ui->passwordLineEdit->selectAll();
        m_ui->passwordLineEdit->setFocus();
        return false;
    }
    m_user = *signedIn;
    return true;
}

void SignInDialog::accept() {
    if (m_creating ? createDirector() : authenticate())
        QDialog::accept();
}

bool SignInDialog::signIn(Database& db, QWidget* parent) {
    SignInDialog dialog(db, parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.user())
        return false;
    db.setSignedIn(SignedIn{dialog.user()->name, dialog.user()->role, dialog.user()->staffName});
    return true;
}

} // namespace houqin::gui
