#include "Translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace houqin::i18n {

namespace {
QString qmPath(const QString& lang) {
    return QStringLiteral(":/i18n/houqin_%1.qm").arg(lang);
}

QTranslator* cachedTranslator(const QString& lang) {
    static QHash<QString, std::shared_ptr<QTranslator>> cache;
    auto it = cache.find(lang);
    if (it == cache.end()) {
        auto t = std::make_shared<QTranslator>();
        if (!t->load(qmPath(lang)))
            t.reset();
        it = cache.insert(lang, t);
    }
    return it->get();
}
} // namespace

QString resolveLanguage(const QString& requested) {
    QString lang = requested.trimmed();
    if (lang.isEmpty())
        lang =
            QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (lang.startsWith(QStringLiteral("zh")))
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

void install(QCoreApplication& app, const QString& lang) {
    if (lang == QStringLiteral("en"))
        return;
    auto* own = new QTranslator(&app);
    if (own->load(qmPath(lang)))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(lang));
}

QString translateIn(const QString& lang, const char* context, const char* source) {
    if (lang == QStringLiteral("en"))
        return QString::fromUtf8(source);
    if (QTranslator* t = cachedTranslator(lang)) {
        const QString s = t->translate(context, source);
        if (!s.isEmpty())
            return s;
    }
    return QString::fromUtf8(source);
}

} // namespace houqin::i18n
