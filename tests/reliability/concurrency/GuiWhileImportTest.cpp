// The GUI saving food samples through its real form while `houqin import` runs in another process: the
// list page is open beside the form and reloads after every save, as in the main window. A message box
// (the way the GUI shows a storage error) is a failure: it is recorded, closed, and reported.
#include "ConcurrencyFixture.h"
#include "gui/FieldEditors.h"
#include "gui/RecordForm.h"
#include "gui/RecordListPage.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace houqin;
using namespace houqin::reliability;
using gui::RecordForm;

namespace {

QLineEdit* lineEdit(RecordForm& form, const QString& key) {
    return qobject_cast<QLineEdit*>(form.editor(key)->inputWidget());
}

// Chinese arrives as an input method's commit, as from a real IME.
void commitText(QLineEdit* e, const QString& text) {
    e->setFocus();
    e->clear();
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(e, &commit);
}

void typeInto(QLineEdit* e, const QString& text) {
    e->selectAll();
    QTest::keyClick(e, Qt::Key_Backspace);
    QTest::keyClicks(e, text);
}

// What the form shows beside its fields after a refused save.
QString shownProblems(RecordForm& form) {
    QStringList shown;
    for (QLabel* l : form.findChildren<QLabel*>())
        if (l->isVisible() && l->text().contains(QStringLiteral("color:#c0392b")) &&
            !l->text().contains(QLatin1Char('*')))
            shown << l->text();
    return shown.join(QLatin1Char(' '));
}

// Records and closes every message box that opens, so that an error shown to the user fails the test
// instead of waiting for a click.
class MessageBoxWatch : public QObject {
public:
    MessageBoxWatch() {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                texts << box->text();
                box->done(QMessageBox::Ok);
            }
        });
        m_timer.start();
    }
    QStringList texts;

private:
    QTimer m_timer;
};

} // namespace

TEST_F(Concurrency, TheGuiFormSavesWhileACliImportRuns) {
    const RecordKind& kind = canteen::foodSamplesKind();
    gui::RecordListPage page(t.db(), kind);
    page.show();
    RecordForm form(t.db(), kind, RecordForm::freshRecord(t.db(), kind));
    form.show();
    QObject::connect(&form, &RecordForm::recordSaved, &page, &gui::RecordListPage::reload);
    auto* saveAndNext = form.findChild<QPushButton*>(QStringLiteral("saveAndNextButton"));
    ASSERT_NE(saveAndNext, nullptr);
    auto* meal = qobject_cast<QComboBox*>(form.editor(QStringLiteral("meal"))->inputWidget());
    ASSERT_NE(meal, nullptr);
    meal->setCurrentIndex(meal->findData(QStringLiteral("lunch"))); // kept by "save and next"
    commitText(lineEdit(form, QStringLiteral("sampled_by")), kSampler);
    typeInto(lineEdit(form, QStringLiteral("fridge_temp_c")), QStringLiteral("4"));
    MessageBoxWatch boxes;

    const int seconds = boundSeconds();
    const QDeadlineTimer deadline(std::chrono::seconds{seconds});
    ImportLoop cli(houqin, t.path(), t.dir(), QStringLiteral("cli"), {kSampler, kCampus, {}, 0}, 1000,
                   deadline, 3);
    const qint64 before = samples();
    cli.start();
    int attempts = 0, saved = 0, refused = 0;
    QStringList unsaved;
    while (!deadline.hasExpired()) {
        QLineEdit* dish = lineEdit(form, QStringLiteral("dish"));
        const QString name = QStringLiteral("界面菜%1").arg(attempts++);
        commitText(dish, name);
        typeInto(lineEdit(form, QStringLiteral("weight_g")), QStringLiteral("130"));
        QTest::mouseClick(saveAndNext, Qt::LeftButton);
        // Saved: the form starts the next sample with an empty dish.
        if (dish->text().isEmpty())
            ++saved;
        else if (++refused <= 10)
            unsaved << name + QLatin1Char(':') + shownProblems(form);
        if (attempts % 5 == 0)
            page.tableView()->scrollToBottom(); // the table fetches its next page while the import writes
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    waitFor({&cli}, seconds);

    EXPECT_TRUE(boxes.texts.isEmpty()) << boxes.texts.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(unsaved.isEmpty()) << unsaved.join(QLatin1Char(' ')).toStdString();
    EXPECT_GE(saved, 3);
    EXPECT_TRUE(cli.failures().isEmpty()) << cli.failures().join(QLatin1Char('\n')).toStdString();
    EXPECT_GE(cli.acknowledged(), 1);
    EXPECT_EQ(samples(QStringLiteral("dish LIKE '界面菜%'")), saved);
    expectEveryImportWhole(cli);
    EXPECT_EQ(samples(), before + saved + cli.acknowledgedRows());
    expectSoundFile();
    int busy = cli.busyErrors();
    for (const QString& text : boxes.texts)
        busy += mentionsBusy(text);
    std::printf(
        "[reliability] GUI form and a CLI import, %d s: %d saves (%d failed), %lld imports, %lld rows, "
        "%d failed, busy errors %d\n",
        seconds, attempts, refused, (long long)cli.runs().size(), (long long)cli.acknowledgedRows(),
        int(cli.failures().size()), busy);
}
