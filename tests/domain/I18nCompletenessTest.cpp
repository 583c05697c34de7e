// The zh_CN catalogue must translate every string the sources mark for translation: the main users read
// Chinese, and an untranslated English message is a defect. Runs lupdate on the sources into a temporary
// catalogue and compares it with resources/i18n/houqin_zh_CN.ts.
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {
struct Message {
    QString context, source, translation;
    bool unfinished = false;
};

QList<Message> readTs(const QString& path) {
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QStringLiteral("name")) {
            context = xml.readElementText();
        } else if (name == QStringLiteral("message")) {
            m = {context, {}, {}, false};
        } else if (name == QStringLiteral("source")) {
            m.source = xml.readElementText();
        } else if (name == QStringLiteral("translation")) {
            m.unfinished = xml.attributes().value(QStringLiteral("type")) == QStringLiteral("unfinished");
            // Plural forms are <numerusform> children; their text is what matters.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QStringLiteral("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
            }
            m.translation = text.trimmed();
            out << m;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return out;
}

QString key(const Message& m) {
    return m.context + QStringLiteral("\x1f") + m.source;
}
} // namespace

TEST(I18nCompleteness, EveryCatalogueEntryIsTranslated) {
    const QList<Message> catalogue =
        readTs(QStringLiteral(HOUQIN_SOURCE_DIR "/resources/i18n/houqin_zh_CN.ts"));
    ASSERT_FALSE(catalogue.isEmpty());
    for (const Message& m : catalogue) {
        EXPECT_FALSE(m.unfinished) << m.context.toStdString() << ": " << m.source.toStdString();
        EXPECT_FALSE(m.translation.isEmpty()) << m.context.toStdString() << ": " << m.source.toStdString();
    }
}

TEST(I18nCompleteness, EverySourceStringIsInTheCatalogue) {
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_zh_CN.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(HOUQIN_SOURCE_DIR));
    lupdate.start(QStringLiteral(HOUQIN_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent"),
                   QStringLiteral("src"), QStringLiteral("ui"), QStringLiteral("-ts"), fresh});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    QSet<QString> known;
    for (const Message& m : readTs(QStringLiteral(HOUQIN_SOURCE_DIR "/resources/i18n/houqin_zh_CN.ts")))
        known.insert(key(m));
    const QList<Message> wanted = readTs(fresh);
    ASSERT_FALSE(wanted.isEmpty());
    for (const Message& m : wanted)
        EXPECT_TRUE(known.contains(key(m)))
            << "not in houqin_zh_CN.ts (run the update_translations target): " << m.context.toStdString()
            << ": " << m.source.toStdString();
}
