#include "FirstRunWizard.h"

#include "CampusText.h"
#include "ErrorDisplay.h"
#include "access/DirectorAccountPage.h"
#include "domain/ValueFormat.h"
#include "domain/access/Roles.h"
#include "domain/staff/StaffKind.h"
#include "plan/PlanText.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"
#include "storage/Transaction.h"
#include "storage/access/UserStore.h"
#include "storage/plan/SemesterService.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace houqin::gui {

namespace {
QLabel* problemLabel(QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #c0392b;"));
    l->setVisible(false);
    return l;
}

void showProblems(QLabel* label, const Issues& issues, const QStringList& keys) {
    QStringList lines;
    for (const Issue& i : issues)
        if (i.isError() && (keys.isEmpty() || keys.contains(i.field)))
            lines << i.message;
    label->setText(lines.join(QLatin1Char('\n')));
    label->setVisible(!lines.isEmpty());
}

// A page that lets the wizard register its mandatory fields (QWizardPage keeps registerField protected).
class NamePage : public QWizardPage {
public:
    using QWizardPage::registerField;
};

// Campuses must be sound before the last page, so a mistake is shown where it was made.
// The staff lines must be readable before the last page, so a mistake is shown where it was made.
class StaffPage : public QWizardPage {
public:
    StaffPage(FirstRunWizard* wizard, QLabel* problem) : m_wizard(wizard), m_problem(problem) {}
    bool validatePage() override {
        Issues problems;
        (void)m_wizard->staffRecords(&problems);
        showProblems(m_problem, problems, {});
        return !hasErrors(problems);
    }

private:
    FirstRunWizard* m_wizard;
    QLabel* m_problem;
};

class CampusesPage : public QWizardPage {
public:
    CampusesPage(FirstRunWizard* wizard, QLabel* problem) : m_wizard(wizard), m_problem(problem) {}
    bool validatePage() override {
        showProblems(m_problem, m_wizard->settings().validate(), {settingkey::kCampuses});
        return !m_problem->isVisible();
    }

private:
    FirstRunWizard* m_wizard;
    QLabel* m_problem;
};
} // namespace

class FirstRunFinalPage : public QWizardPage {
public:
    explicit FirstRunFinalPage(FirstRunWizard* wizard) : m_wizard(wizard) {}
    bool validatePage() override { return m_wizard->saveSettings(); }

private:
    FirstRunWizard* m_wizard;
};

FirstRunWizard::FirstRunWizard(Database& db, QWidget* parent) : QWizard(parent), m_db(db) {
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Welcome to Houqin"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    const KindergartenSettings current = db.settings();

    auto* namePage = new NamePage;
    namePage->setTitle(tr("Your kindergarten"));
    namePage->setSubTitle(tr("Houqin keeps the logistics office's records. First, a few facts about your "
                             "kindergarten; you can change them later under Tools → Settings."));
    m_name = new QLineEdit(current.name, namePage);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("e.g. Binhai No. 1 Kindergarten"));
    auto* nameForm = new QFormLayout(namePage);
    nameForm->addRow(tr("Kindergarten name:"), m_name);
    namePage->registerField(QStringLiteral("name*"), m_name);
    addPage(namePage);

    // A new file has no users: the person setting up creates the director's account here. A file with
    // users (set up with the command line) keeps them.
    if (const auto any = UserStore(db).any(); any && !*any) {
        m_director = new DirectorAccountPage;
        addPage(m_director);
    }

    m_campuses = new QPlainTextEdit;
    m_campuses->setObjectName(QStringLiteral("campusesPlainTextEdit"));
    m_campuses->setTabChangesFocus(true);
    // A new kindergarten starts with an empty box and the default campus as a placeholder: text in the box
    // would be typed after ("新港园区本园"). Left empty, the default campus is kept.
    if (current.isConfigured())
        m_campuses->setPlainText(campusesToText(current.campuses));
    m_campuses->setPlaceholderText(tr("%1\n(or one campus per line, for example 滨豪园区 and 新港园区)")
                                       .arg(KindergartenSettings::defaultCampus()));
    m_campusesProblem = problemLabel(nullptr);
    auto* campusPage = new CampusesPage(this, m_campusesProblem);
    campusPage->setTitle(tr("Campuses"));
    campusPage->setSubTitle(tr("One campus per line. A kindergarten with one site keeps one line."));
    auto* campusLayout = new QVBoxLayout(campusPage);
    campusLayout->addWidget(m_campuses);
    campusLayout->addWidget(m_campusesProblem);
    addPage(campusPage);

    m_staff = new QPlainTextEdit;
    m_staff->setObjectName(QStringLiteral("staffPlainTextEdit"));
    m_staff->setTabChangesFocus(true);
    m_staff->setPlaceholderText(tr("Wang Childcare worker\nLi Canteen staff\nZhang Health teacher"));
    m_staffProblem = problemLabel(nullptr);
    auto* staffPage = new StaffPage(this, m_staffProblem);
    staffPage->setTitle(tr("Staff (optional)"));
    // Two lines at most: the wizard's header shows no third (the English one was cut off).
    staffPage->setSubTitle(
        tr("A few people, one per line: name, then post. Forms offer them for who sampled, "
           "tested or checked; import the whole list later (Staff and training → "
           "Import data)."));
    auto* staffLayout = new QVBoxLayout(staffPage);
    staffLayout->addWidget(m_staff);
    staffLayout->addWidget(m_staffProblem);
    addPage(staffPage);

    auto* startPage = new FirstRunFinalPage(this);
    startPage->setTitle(tr("Semester"));
    startPage->setSubTitle(
        tr("The first semester, with the work plan's tasks from the built-in template. Its "
           "first day numbers the teaching weeks (第N周) shown in the status bar and on "
           "printed registers."));
    m_semesterName = new QLineEdit(startPage);
    m_semesterName->setObjectName(QStringLiteral("semesterNameLineEdit"));
    m_semesterName->setMaxLength(50);
    m_start = new QDateEdit(startPage);
    m_start->setObjectName(QStringLiteral("semesterStartDateEdit"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // Set up in the middle of term: the weeks already over are left out unless asked for.
    m_trackPast = new QCheckBox(startPage);
    m_trackPast->setObjectName(QStringLiteral("trackPastCheckBox"));
    auto showPastWeeks = [this] {
        const int past = SemesterCalendar(m_start->date()).weeksOver(m_db.now().date());
        m_trackPast->setText(plan::trackPastWeeksText(past));
        m_trackPast->setVisible(!m_haveSemester && past > 0);
    };
    connect(m_start, &QDateEdit::dateChanged, this, [this, showPastWeeks](QDate start) {
        if (m_semesterName->text().trimmed().isEmpty() || m_semesterName->text() == m_suggestedName) {
            m_suggestedName = plan::suggestedSemesterName(start);
            m_semesterName->setText(m_suggestedName);
        }
        showPastWeeks();
    });
    m_start->setDate(current.semesterStart.isValid() ? current.semesterStart
                                                     : plan::likelyTermStart(db.now().date()));
    m_suggestedName = plan::suggestedSemesterName(m_start->date());
    m_semesterName->setText(m_suggestedName);
    m_problems = problemLabel(startPage);
    auto* startForm = new QFormLayout(startPage);
    // A semester made with the command line before the first start is kept, not asked for again.
    const auto existing = houqin::plan::SemesterService(db).current();
    m_haveSemester = existing && existing->has_value();
    if (m_haveSemester) {
        const houqin::plan::Semester& s = **existing;
        startForm->addRow(
            new QLabel(tr("The current semester is %1, from %2 to %3.")
                           .arg(s.name, s.start.toString(Qt::ISODate), s.end.toString(Qt::ISODate)),
                       startPage));
        m_semesterName->setVisible(false);
        m_start->setVisible(false);
    } else {
        // No "not known yet": an approximate first day is corrected later under Work plan → Semesters.
        auto* hint = new QLabel(tr("Not sure yet? Enter the likely first day; the dates can be changed later "
                                   "under Work plan → Semesters."),
                                startPage);
        hint->setWordWrap(true);
        hint->setStyleSheet(QStringLiteral("color: #666;"));
        startForm->addRow(tr("Semester starts on:"), m_start);
        startForm->addRow(tr("Semester name:"), m_semesterName);
        startForm->addRow(QString(), hint);
        startForm->addRow(QString(), m_trackPast);
    }
    showPastWeeks();
    startForm->addRow(m_problems);
    addPage(startPage);

    resize(620, 420);
}

KindergartenSettings FirstRunWizard::settings() const {
    KindergartenSettings s = m_db.settings();
    s.name = m_name->text().trimmed();
    s.campuses = campusesFromText(m_campuses->toPlainText());
    if (s.campuses.isEmpty()) // the placeholder's default
        s.campuses = {KindergartenSettings::defaultCampus()};
    if (!m_haveSemester)
        s.semesterStart = m_start->date();
    return s;
}

QList<Record> FirstRunWizard::staffRecords(Issues* problems) const {
    const RecordKind& kind = staff::staffKind();
    const FieldDef& post = *kind.field(QStringLiteral("post"));
    RuleContext ctx = m_db.ruleContext();
    ctx.settings = settings();
    QList<Record> out;
    const QStringList lines = m_staff->toPlainText().split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QStringList words = lines.at(i).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        Record r = newRecord(kind, nullptr, ctx);
        r.set(QStringLiteral("name"), words.takeFirst());
        const valuefmt::Parsed p =
            valuefmt::parse(post, words.isEmpty() ? QStringLiteral("other") : words.join(QLatin1Char(' ')));
        Issues issues;
        if (!p.ok())
            issues << Issue::error(post.key, p.error);
        r.set(post.key, p.value);
        r.set(QStringLiteral("campus"), ctx.settings.campuses.value(0));
        if (issues.isEmpty())
            issues = validateRecord(kind, r, ctx);
        for (const Issue& issue : issues)
            if (issue.isError() && problems)
                *problems << Issue::error(issue.field, tr("Line %1: %2").arg(i + 1).arg(issue.message));
        out << r;
    }
    return out;
}

bool FirstRunWizard::saveSettings() {
    if (m_director && !m_director->validatePage())
        return false;
    const KindergartenSettings s = settings();
    const Issues issues = s.validate();
    showProblems(m_problems, issues, {});
    if (hasErrors(issues))
        return false;
    const bool createSemester = !m_haveSemester;
    if (createSemester && m_semesterName->text().trimmed().isEmpty()) {
        m_problems->setText(tr("Enter the semester's name, e.g. %1.").arg(m_suggestedName));
        m_problems->setVisible(true);
        return false;
    }
    // Settings and semester together or not at all; the settings cache follows a rollback.
    const KindergartenSettings before = m_db.settings();
    Transaction tx(m_db);
    Status st = tx.begin();
    if (st)
        st = SettingsStore::save(m_db, s, Actor::systemUser());
    Issues staffProblems;
    const QList<Record> staffRecords = this->staffRecords(&staffProblems);
    if (st && hasErrors(staffProblems))
        st = Error::validation(staffProblems);
    if (st && !staffRecords.isEmpty())
        if (auto added =
                RecordRepository(m_db, staff::staffKind()).insertAll(staffRecords, Actor::systemUser());
            !added)
            st = added.error();
    if (st && m_director) {
        User director;
        director.name = m_director->name();
        director.role = access::kDirector;
        if (auto added = UserStore(m_db).add(director, m_director->password(), Actor::systemUser()); !added)
            st = added.error();
    }
    if (st && createSemester) {
        houqin::plan::NewSemester request;
        request.name = m_semesterName->text().trimmed();
        request.start = m_start->date();
        request.tasks = houqin::plan::NewSemester::Tasks::FromTemplate;
        request.makeCurrent = true;
        request.trackPastWeeks = m_trackPast->isHidden() || m_trackPast->isChecked();
        if (auto created = houqin::plan::SemesterService(m_db).create(request, Actor::systemUser()); !created)
            st = created.error();
    }
    if (st)
        st = tx.commit();
    if (!st) {
        tx.rollback();
        m_db.cacheSettings(before);
        if (st.error().code == Error::Code::Validation) {
            QStringList lines;
            for (const Issue& i : st.error().issues)
                if (i.isError())
                    lines << i.message;
            m_problems->setText(lines.isEmpty() ? st.error().message : lines.join(QLatin1Char('\n')));
            m_problems->setVisible(true);
        } else {
            showError(this, tr("Could not save the settings"), st.error());
        }
        return false;
    }
    if (m_director) { // the director works on at once, without typing the new password again
        auto signedIn = UserStore(m_db).authenticate(m_director->name(), m_director->password());
        if (signedIn)
            m_db.setSignedIn(SignedIn{signedIn->name, signedIn->role, signedIn->staffName});
    }
    return true;
}

bool FirstRunWizard::runIfNeeded(Database& db, QWidget* parent) {
    if (db.settings().isConfigured())
        return true;
    FirstRunWizard wizard(db, parent);
    return wizard.exec() == QDialog::Accepted && db.settings().isConfigured();
}

} // namespace houqin::gui
