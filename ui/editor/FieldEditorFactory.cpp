#include "ui/editor/FieldEditorFactory.h"

#include "ui/editor/ChoiceFieldEditor.h"
#include "ui/editor/ChoiceSetFieldEditor.h"
#include "ui/editor/DateFieldEditor.h"
#include "ui/editor/EmailListEditor.h"
#include "ui/editor/FeatureAccessEditor.h"
#include "ui/editor/IdListEditor.h"
#include "ui/editor/KeyValueTableEditor.h"
#include "ui/editor/PagesAccessEditor.h"
#include "ui/editor/PortfolioStreamsEditor.h"
#include "ui/editor/TextFieldEditor.h"

namespace FieldEditorFactory {

FieldEditor* create(const ProjectField& field, QWidget* parent)
{
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
        return new TextFieldEditor(field, parent);
    case FieldKind::Date:
        return new DateFieldEditor(field, parent);
    case FieldKind::Choice:
        return new ChoiceFieldEditor(field, parent);
    case FieldKind::ChoiceSet:
        return new ChoiceSetFieldEditor(field, parent);
    case FieldKind::IdList:
        return new IdListEditor(field, parent);
    case FieldKind::EmailList:
        return new EmailListEditor(field, parent);
    case FieldKind::KeyValueList:
        return new KeyValueTableEditor(field, parent);
    case FieldKind::PortfolioStreams:
        return new PortfolioStreamsEditor(field, parent);
    case FieldKind::Features:
        return new FeatureAccessEditor(field, parent);
    case FieldKind::Pages:
        return new PagesAccessEditor(field, parent);
    }
    return nullptr;
}

} // namespace FieldEditorFactory
