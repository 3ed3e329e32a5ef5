#include "models/FoldedSearchText.h"

FoldedSearchText FoldedSearchText::fold(const QString& name, const QString& code, const QString& groups)
{
    // Folded part by part: folding may change a part's length (ß), and the parts' ends are kept.
    const QString foldedName = name.toCaseFolded();
    const QString foldedCode = code.toCaseFolded();
    return {foldedName + u' ' + foldedCode + u' ' + groups.toCaseFolded(), int(foldedName.size()),
            int(foldedCode.size())};
}
