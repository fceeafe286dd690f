import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StatusMessage } from './status-message.tsx';

describe('StatusMessage', () => {
  it('shows a short message as it is, with nothing to expand', () => {
    render(<StatusMessage text="Disk almost full" />);
    expect(screen.getByText('Disk almost full')).not.toHaveAttribute('title');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('clamps a huge message, keeps it whole on hover, and expands on request', async () => {
    const text = `<script>alert(1)</script>${'W\u0301'.repeat(5000)}`;
    render(<StatusMessage text={text} />);
    const paragraph = screen.getByText(text);
    expect(paragraph).toHaveAttribute('title', text);
    expect(paragraph).toHaveClass('is-clamped');
    const toggle = screen.getByRole('button', {
      name: /Show the whole message \(10,025 characters\)/,
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(paragraph).not.toHaveClass('is-clamped');
    expect(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(document.querySelector('script')).toBeNull();
  });

  it('renders nothing for an empty message', () => {
    const { container } = render(<StatusMessage text="  " />);
    expect(container).toBeEmptyDOMElement();
  });
});
