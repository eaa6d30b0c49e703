import Foundation

/// The templates of the Markdown report: built into the binary from the repository's
/// `Templates/`, or a bureau's edited copies read from a `--templates` folder (SPEC §7).
public enum ReportTemplates {
  /// The name that errors in a built-in template carry: `built-in report.zh.md`.
  public static func builtInName(_ language: ReportLanguage) -> String {
    "built-in " + language.templateFileName
  }

  /// The text of the built-in template of `language`, as `shegong templates` writes it.
  public static func builtIn(_ language: ReportLanguage) -> [UInt8] {
    switch language {
    case .chinese: PackageResources.report_zh_md
    case .english: PackageResources.report_en_md
    }
  }

  /// The parsed template of `language`: the built-in one when `folder` is nil, else the folder's
  /// `report.<lang>.md`.
  ///
  /// - Throws: ``TemplateError`` for a folder that lacks the file (or cannot be read) and for a
  ///   syntax error, naming the file and line.
  public static func load(_ language: ReportLanguage, from folder: String?) throws(TemplateError) -> Template {
    guard let folder else {
      return try Template(
        source: String(decoding: builtIn(language), as: UTF8.self), fileName: builtInName(language))
    }
    let path = (folder.hasSuffix("/") ? folder : folder + "/") + language.templateFileName
    guard let data = FileManager.default.contents(atPath: path) else {
      throw TemplateError(fileName: path, line: 0, kind: .unreadableFile)
    }
    return try Template(source: String(decoding: data, as: UTF8.self), fileName: path)
  }
}
