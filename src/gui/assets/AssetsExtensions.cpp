#include "AssetsExtensions.h"

#include "domain/assets/AssetKinds.h"
#include "gui/FieldEditors.h"
#include "gui/KindExtensions.h"
#include "gui/RecordForm.h"
#include "storage/Database.h"

#include <memory>

namespace houqin::gui::assets {

namespace {

namespace a = houqin::assets::asset;

struct CodeBasis {
    QString campus;
    int year = 0;
};

// The campus and year a code would be numbered for, from the editors; year 0 when either is not valid.
CodeBasis basisOf(const FieldEditor* campus, const FieldEditor* acquiredOn) {
    const valuefmt::Parsed c = campus->value();
    const valuefmt::Parsed d = acquiredOn->value();
    if (!c.ok() || !d.ok() || c.value.toString().isEmpty() || !d.value.toDate().isValid())
        return {};
    return {c.value.toString(), d.value.toDate().year()};
}

// A new asset's code is numbered for its campus and year (the prefill). When the campus or the acquisition
// date changes, the code is numbered again, as long as it is still the code generated for the campus and
// year before the change; a code the user typed is left alone.
void codeFollowsCampusAndYear(RecordForm& form) {
    if (!form.isNew())
        return;
    FieldEditor* code = form.editor(a::kCode);
    FieldEditor* campus = form.editor(a::kCampus);
    FieldEditor* acquiredOn = form.editor(a::kAcquiredOn);
    if (!code || !campus || !acquiredOn)
        return;
    auto before = std::make_shared<CodeBasis>(basisOf(campus, acquiredOn));
    auto follow = [&form, code, campus, acquiredOn, before] {
        const CodeBasis now = basisOf(campus, acquiredOn);
        if (now.year == 0 || (now.campus == before->campus && now.year == before->year))
            return;
        const RuleContext ctx = form.database().ruleContext();
        const valuefmt::Parsed typed = code->value();
        const QString current = typed.ok() ? typed.value.toString() : QString();
        const bool generated =
            current.isEmpty() || (before->year != 0 && current == houqin::assets::nextAssetCodeFor(
                                                                      ctx, before->campus, before->year));
        *before = now;
        if (generated)
            code->setValue(houqin::assets::nextAssetCodeFor(ctx, now.campus, now.year));
    };
    QObject::connect(campus, &FieldEditor::edited, &form, follow);
    QObject::connect(acquiredOn, &FieldEditor::edited, &form, follow);
}

} // namespace

void registerGuiExtensions() {
    KindExtension ext;
    ext.extendForm = codeFollowsCampusAndYear;
    registerKindExtension(QStringLiteral("assets"), std::move(ext));
}

} // namespace houqin::gui::assets
