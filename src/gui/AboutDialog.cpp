#include "AboutDialog.h"

#include "Icons.h"
#include "ui_AboutDialog.h"

#include <QApplication>
#include <QDir>

namespace houqin::gui {

AboutDialog::AboutDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>()) {
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(icon(QStringLiteral("houqin")).pixmap(64, 64));
    m_ui->titleLabel->setText(QApplication::applicationDisplayName());
    m_ui->versionLabel->setText(tr("Version %1, built with Qt %2")
                                    .arg(QStringLiteral(HOUQIN_VERSION), QStringLiteral(QT_VERSION_STR)));
    m_ui->databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)));
}

AboutDialog::~AboutDialog() = default;

} // namespace houqin::gui
