/// Renders parsed ``TemplateNode``s against a stack of values.
struct TemplateRenderer {
  /// The template file, for errors.
  let fileName: String
  /// The values in scope, outermost (the root context) first.
  var stack: [TemplateValue]
  /// The text rendered so far.
  private(set) var output = ""

  /// Makes a renderer whose lookups start from `stack`'s last value.
  init(fileName: String, stack: [TemplateValue]) {
    self.fileName = fileName
    self.stack = stack
  }

  /// Renders `nodes` in order, appending to ``output``.
  mutating func render(_ nodes: [TemplateNode]) throws(TemplateError) {
    for node in nodes {
      switch node {
      case .text(let text):
        output += text
      case .variable(let name, let line):
        let value = try resolve(name, line: line)
        guard case .text(let text) = value else {
          throw TemplateError(fileName: fileName, line: line, kind: .notText(name: name.spelling, kind: value.kindName))
        }
        output += text
      case .section(let name, let inverted, let line, let children):
        let value = try resolve(name, line: line)
        if inverted {
          if !value.isTruthy {
            try render(children)
          }
        } else if case .list(let items) = value {
          for item in items {
            try render(children, with: item)
          }
        } else if value.isTruthy {
          try render(children, with: value)
        }
      }
    }
  }

  /// Renders `nodes` with `value` as the innermost scope.
  private mutating func render(_ nodes: [TemplateNode], with value: TemplateValue) throws(TemplateError) {
    stack.append(value)
    try render(nodes)
    stack.removeLast()
  }

  /// Finds the value of `name`: `.` is the innermost value; otherwise the first key is looked
  /// up in each object on the stack from the innermost outward, and the remaining keys are
  /// looked up inside the value found there.
  private func resolve(_ name: TemplateName, line: Int) throws(TemplateError) -> TemplateValue {
    let unknown = TemplateError(fileName: fileName, line: line, kind: .unknownName(name.spelling))
    guard let firstKey = name.keys.first else {
      guard let current = stack.last else { throw unknown }
      return current
    }
    var found: TemplateValue?
    for scope in stack.reversed() {
      if case .object(let members) = scope, let value = members[firstKey] {
        found = value
        break
      }
    }
    guard var value = found else { throw unknown }
    for key in name.keys.dropFirst() {
      guard case .object(let members) = value, let member = members[key] else { throw unknown }
      value = member
    }
    return value
  }
}
