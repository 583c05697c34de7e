#pragma once

#include <QString>

class QCoreApplication;

namespace houqin::i18n {

// "zh_CN" or "en". An empty request follows the system locale: Chinese whenever it is Chinese.
QString resolveLanguage(const QString& requested);
// Installs Houqin's translation and Qt's own (standard dialogs) for lang. English needs none.
void install(QCoreApplication& app, const QString& lang);
// source translated into lang, whatever language is installed (CSV headers accept both languages).
QString translateIn(const QString& lang, const char* context, const char* source);

} // namespace houqin::i18n
