#include "ErrorDisplay.h"

#include "logging/Log.h"

#include <QMessageBox>
#include <QStringList>

namespace houqin::gui {

void showError(QWidget* parent, const QString& title, const Error& error) {
    log::get("gui")->warn("{}: {} ({})", log::s(title), log::s(error.message), log::s(error.where));
    QString text = error.message;
    // A validation error's message already lists its errors; warnings are worth showing too.
    if (error.code == Error::Code::Validation) {
        QStringList lines;
        for (const Issue& i : error.issues)
            if (!i.isError())
                lines << QStringLiteral("• ") + i.message;
        if (!lines.isEmpty())
            text += QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
    } else if (!error.issues.isEmpty()) {
        QStringList lines;
        for (const Issue& i : error.issues)
            lines << QStringLiteral("• ") + i.message;
        text += QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.exec();
}

} // namespace houqin::gui
