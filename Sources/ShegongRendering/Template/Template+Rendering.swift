/// Renders parsed ``TemplateNode``s against a stack of values.
struct TemplateRenderer {
  /// The template file, for errors.
  let fileName: String
  /// The values in scope, outermost (the root context) first.
  var stack: [TemplateValue]
  /// Whether every section's content is visited whatever its value (its names checked, no text
  /// kept), rather than rendered as the value says.
  let checking: Bool
  /// The text rendered so far.
  private(set) var output = ""

  /// Makes a renderer whose lookups start from `stack`'s last value; `checking` visits every
  /// section (see ``checking``).
  init(fileName: String, stack: [TemplateValue], checking: Bool = false) {
    self.fileName = fileName
    self.stack = stack
    self.checking = checking
  }

  /// Renders `nodes` in order, appending to ``output``.
  mutating func render(_ nodes: [TemplateNode]) throws(TemplateError) {
    for node in nodes {
      switch node {
      case .text(let text):
        if !checking { output += text }
      case .variable(let name, let line):
        let value = try resolve(name, line: line)
        guard case .text(let text) = value else {
          throw TemplateError(fileName: fileName, line: line, kind: .notText(name: name.spelling, kind: value.kindName))
        }
        if !checking { output += text }
      case .section(let name, let inverted, let line, let children):
        let value = try resolve(name, line: line)
        if checking {
          try check(children, under: value, inverted: inverted)
        } else if inverted {
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

  /// Checks the content of a section over `value`: against each item of a list (an empty list's
  /// content has no item to be checked against and is skipped), without a new scope for an
  /// inverted section, and with `value` as the innermost scope otherwise.
  private mutating func check(_ children: [TemplateNode], under value: TemplateValue, inverted: Bool)
    throws(TemplateError)
  {
    if inverted {
      try render(children)
    } else if case .list(let items) = value {
      for item in items {
        try render(children, with: item)
      }
    } else {
      try render(children, with: value)
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
