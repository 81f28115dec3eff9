interface ChoiceGroupProps<T extends string> {
  label: string;
  choices: readonly (readonly [T, string])[];
  value: T;
  onChoose: (value: T) => void;
}

/** A labelled row of toggle buttons, one of them pressed. */
export function ChoiceGroup<T extends string>({ label, choices, value, onChoose }: ChoiceGroupProps<T>) {
  return (
    <div role="group" aria-label={label}>
      <p aria-hidden="true" className="mb-1 text-muted">
        {label}
      </p>
      <div className="flex flex-wrap gap-1">
        {choices.map(([choice, text]) => (
          <button
            key={choice}
            type="button"
            aria-pressed={value === choice}
            onClick={() => onChoose(choice)}
            className="min-h-8 min-w-10 rounded border border-rule px-2 hover:border-accent aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-paper"
          >
            {text}
          </button>
        ))}
      </div>
    </div>
  );
}
