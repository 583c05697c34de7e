#pragma once

#include <QCoreApplication>
#include <QTranslator>

namespace houqin::test {

// The zh_CN catalogue installed for the object's lifetime, as `--lang zh_CN` installs it in the app.
class ChineseInstalled {
public:
    ChineseInstalled() {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/houqin_zh_CN.qm"));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~ChineseInstalled() { QCoreApplication::removeTranslator(&m_translator); }
    ChineseInstalled(const ChineseInstalled&) = delete;
    ChineseInstalled& operator=(const ChineseInstalled&) = delete;
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace houqin::test
