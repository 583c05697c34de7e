#include "UsersDialog.h"

#include "domain/access/Roles.h"
#include "storage/Database.h"
#include "storage/access/UserStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace houqin::gui {

namespace {

Actor who(const Database& db) {
    return db.signedIn() ? Actor{db.signedIn()->name} : Actor::systemUser();
}

QString errorText(const Error& e) {
    return e.issues.isEmpty() ? e.message : e.issues.first().message;
}

QComboBox* roleCombo(QWidget* parent, const QString& current = {}) {
    auto* combo = new QComboBox(parent);
    for (const access::RoleDef& r : access::roles())
        combo->addItem(r.displayLabel(), r.key);
    if (const int i = combo->findData(current); i >= 0)
        combo->setCurrentIndex(i);
    return combo;
}

} // namespace

UsersDialog::UsersDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db) {
    setWindowTitle(tr("Users"));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Staff record"), tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add…"), this);
    auto* role = new QPushButton(tr("Change &role…"), this);
    auto* reset = new QPushButton(tr("Reset &password…"), this);
    m_disable = new QPushButton(tr("&Disable"), this);
    for (QPushButton* b : {add, role, reset, m_disable})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, [this] {
        QDialog form(this);
        form.setWindowTitle(tr("Add a user"));
        auto* f = new QFormLayout(&form);
        auto* name = new QLineEdit(&form);
        auto* roles = roleCombo(&form, access::kClerk);
        auto* staff = new QLineEdit(&form);
        staff->setPlaceholderText(tr("Their name in the staff list, if any"));
        auto* password = new QLineEdit(&form);
        auto* again = new QLineEdit(&form);
        password->setEchoMode(QLineEdit::Password);
        again->setEchoMode(QLineEdit::Password);
        f->addRow(tr("&Name:"), name);
        f->addRow(tr("&Role:"), roles);
        f->addRow(tr("&Staff record:"), staff);
        f->addRow(tr("&Password:"), password);
        f->addRow(tr("&Again:"), again);
        auto* ok = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
        f->addRow(ok);
        connect(ok, &QDialogButtonBox::rejected, &form, &QDialog::reject);
        connect(ok, &QDialogButtonBox::accepted, &form, [&] {
            if (password->text() != again->text())
                showError(tr("Add a user"), tr("The two passwords differ."));
            else if (addUser(name->text().trimmed(), roles->currentData().toString(), staff->text().trimmed(),
                             password->text()))
                form.accept();
        });
        form.exec();
    });
    connect(role, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        if (name.isEmpty())
            return;
        QStringList labels;
        for (const access::RoleDef& r : access::roles())
            labels << r.displayLabel();
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Change role"), tr("Role of %1:").arg(name),
                                                     labels, 0, false, &ok);
        if (ok)
            changeRole(name, access::roles().at(labels.indexOf(chosen)).key);
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        if (name.isEmpty())
            return;
        bool ok = false;
        const QString password = QInputDialog::getText(
            this, tr("Reset password"), tr("New password for %1:").arg(name), QLineEdit::Password, {}, &ok);
        if (ok)
            resetPassword(name, password);
    });
    connect(m_disable, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        const int row = m_table->currentRow();
        if (name.isEmpty() || row < 0)
            return;
        setDisabled(name, m_table->item(row, 3)->data(Qt::UserRole).toBool() == false);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        const bool disabled = row >= 0 && m_table->item(row, 3)->data(Qt::UserRole).toBool();
        m_disable->setText(disabled ? tr("&Enable") : tr("&Disable"));
    });
    reload();
    resize(640, 360);
}

void UsersDialog::reload() {
    auto users = UserStore(m_db).list();
    m_table->setRowCount(0);
    if (!users)
        return;
    for (const User& u : *users) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const access::RoleDef* r = access::findRole(u.role);
        m_table->setItem(row, 0, new QTableWidgetItem(u.name));
        m_table->setItem(row, 1, new QTableWidgetItem(r ? r->displayLabel() : u.role));
        m_table->setItem(row, 2, new QTableWidgetItem(u.staffName));
        const bool locked = u.lockedUntil.isValid() && m_db.now() < u.lockedUntil;
        auto* state = new QTableWidgetItem(
            u.disabled ? tr("Disabled")
            : locked   ? tr("Locked until %1").arg(u.lockedUntil.toString(QStringLiteral("HH:mm")))
                       : tr("Active"));
        state->setData(Qt::UserRole, u.disabled);
        m_table->setItem(row, 3, state);
    }
}

QString UsersDialog::selectedName() const {
    const int row = m_table->currentRow();
    return row >= 0 ? m_table->item(row, 0)->text() : QString();
}

void UsersDialog::showError(const QString& title, const QString& message) {
    QMessageBox::warning(this, title, message);
}

bool UsersDialog::addUser(const QString& name, const QString& role, const QString& staffName,
                          const QString& password) {
    User u;
    u.name = name;
    u.role = role;
    u.staffName = staffName;
    auto added = UserStore(m_db).add(u, password, who(m_db));
    if (!added) {
        showError(tr("Add a user"), errorText(added.error()));
        return false;
    }
    reload();
    return true;
}

bool UsersDialog::resetPassword(const QString& name, const QString& password) {
    if (Status s = UserStore(m_db).setPassword(name, password, who(m_db)); !s) {
        showError(tr("Reset password"), errorText(s.error()));
        return false;
    }
    reload();
    return true;
}

bool UsersDialog::changeRole(const QString& name, const QString& role) {
    if (m_db.signedIn() && m_db.signedIn()->name == name && role != access::kDirector) {
        showError(tr("Change role"), tr("You cannot take away your own director's role."));
        return false;
    }
    if (Status s = UserStore(m_db).setRole(name, role, who(m_db)); !s) {
        showError(tr("Change role"), errorText(s.error()));
        return false;
    }
    reload();
    return true;
}

bool UsersDialog::setDisabled(const QString& name, bool disabled) {
    if (disabled && m_db.signedIn() && m_db.signedIn()->name == name) {
        showError(tr("Disable"), tr("You cannot disable your own account."));
        return false;
    }
    if (Status s = UserStore(m_db).setDisabled(name, disabled, who(m_db)); !s) {
        showError(tr("Disable"), errorText(s.error()));
        return false;
    }
    reload();
    return true;
}

ChangePasswordDialog::ChangePasswordDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db) {
    setWindowTitle(tr("Change my password"));
    auto* f = new QFormLayout(this);
    auto* current = new QLineEdit(this);
    auto* password = new QLineEdit(this);
    auto* again = new QLineEdit(this);
    for (QLineEdit* e : {current, password, again})
        e->setEchoMode(QLineEdit::Password);
    current->setObjectName(QStringLiteral("currentPasswordLineEdit"));
    f->addRow(tr("&Current password:"), current);
    f->addRow(tr("&New password:"), password);
    f->addRow(tr("&Again:"), again);
    auto* message = new QLabel(this);
    message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    message->setWordWrap(true);
    f->addRow(message);
    auto* ok = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    f->addRow(ok);
    connect(ok, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ok, &QDialogButtonBox::accepted, this, [=, this] {
        if (change(current->text(), password->text(), again->text()))
            accept();
        else
            message->setText(m_message);
    });
}

bool ChangePasswordDialog::change(const QString& current, const QString& password, const QString& again) {
    if (!m_db.signedIn()) {
        m_message = tr("No one is signed in.");
        return false;
    }
    if (password != again) {
        m_message = tr("The two passwords differ.");
        return false;
    }
    UserStore users(m_db);
    const QString name = m_db.signedIn()->name;
    if (auto ok = users.authenticate(name, current); !ok) {
        m_message = ok.error().message;
        return false;
    }
    if (Status s = users.setPassword(name, password, Actor{name}); !s) {
        m_message = errorText(s.error());
        return false;
    }
    m_message.clear();
    return true;
}

} // namespace houqin::gui
